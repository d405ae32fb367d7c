import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, ownerRow, setPluginEnabled } from '@cadre/core';
import {
  cadreId,
  cadreInput,
  createUnit,
  rowId,
  sampleDoc,
  sampleDocx,
  sampleExe,
  sampleHtml,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleXlsx,
  type GraphQLClient,
} from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { openAlphaCase } from './fixtures/alpha-cases.ts';

/** A plugin that takes small PDFs on cadres, to show a plugin's owner type follows its switch. */
const gamma = definePlugin({
  id: 'gamma',
  title: { zh: '丙插件', en: 'Gamma' },
  permissions: { 'gamma.note.read': { zh: '查看丙', en: 'Read gamma' } },
  registerSchema: () => {},
  attachmentOwners: {
    GammaNote: {
      label: { zh: '丙记录', en: 'Gamma note' },
      readPermission: 'gamma.note.read',
      writePermission: 'gamma.note.read',
      accepts: ['pdf'],
      maxBytes: 1024,
      find: ownerRow((tx) => tx.cadre),
    },
  },
});
const PLUGINS = [...testPlugins, gamma];
const OPERATOR = { label: 'operator', userId: null };

const h = useGateway(PLUGINS, {}, { a: ['alpha', 'beta', 'gamma'] });
const ids = {} as { cadre: string; otherCadre: string; caseId: string; sanction: string };
/** Staff of district A: one who only reads cadres, one who reads cases, one for sanctions. */
let reader: GraphQLClient;
let caseReader: GraphQLClient;
let sanctionOfficer: GraphQLClient;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

async function upload(
  client: GraphQLClient | null,
  params: { ownerType: string; ownerId: string; fileName: string },
  body: Buffer,
  contentType = 'application/octet-stream',
) {
  const response = await fetch(`${h.gateway.url}/attachments?${new URLSearchParams(params)}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(client?.options.token ? { authorization: `Bearer ${client.options.token}` } : {}),
    },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & Partial<ErrorBody>,
  };
}

async function uploaded(
  client: GraphQLClient,
  params: { ownerType: string; ownerId: string; fileName: string },
  body: Buffer,
): Promise<string> {
  const result = await upload(client, params, body);
  if (result.status !== 201) throw new Error(`upload: ${JSON.stringify(result)}`);
  return result.body.id as string;
}

async function download(client: GraphQLClient, id: string) {
  const response = await fetch(`${h.gateway.url}/attachments/${id}`, {
    headers: { authorization: `Bearer ${client.options.token}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const LIST = `query ($type: String!, $id: ID!) {
  attachments(ownerType: $type, ownerId: $id) {
    id ownerType fileName contentType byteSize sha256 uploadedAt uploadedBy downloadPath
  }
}`;

async function list(client: GraphQLClient, type: string, id: string) {
  return (await client.data<{ attachments: Record<string, unknown>[] }>(LIST, { type, id }))
    .attachments;
}

async function remove(client: GraphQLClient, id: string, reason: string) {
  const { removeAttachment } = await client.data<{ removeAttachment: Record<string, unknown> }>(
    `mutation ($id: ID!, $reason: String!) { removeAttachment(id: $id, reason: $reason) {
      __typename
      ... on MutationRemoveAttachmentSuccess { data { id } }
      ... on InputError { issues { path } }
      ... on Error { code }
    } }`,
    { id, reason },
  );
  return removeAttachment;
}

/** Everything an upload or removal writes, counted past row-level security. */
const written = () =>
  h.db.asOwner(async (tx) => ({
    attachments: await tx.attachment.count(),
    removed: await tx.attachment.count({ where: { removedAt: { not: null } } }),
    audit: await tx.auditRecord.count(),
    events: await tx.outboxEvent.count(),
  }));

const auditOf = (targetId: string, operation: string) =>
  h.db.asOwner((tx) =>
    tx.auditRecord.findMany({ where: { targetId, operation }, orderBy: { seq: 'asc' } }),
  );

beforeAll(async () => {
  const unit = await createUnit(h.a, { code: 'A01', name: '区财政局' });
  ids.cadre = await cadreId(h.a, cadreInput(unit));
  ids.otherCadre = await cadreId(
    h.b,
    cadreInput(await createUnit(h.b, { code: 'B01', name: '县财政局' })),
  );
  ids.caseId = (await openAlphaCase(h.a, '2026 年度甲事项')).id;
  // The archive's sanctions have no GraphQL of their own yet: the record is written directly.
  const sanction = await h.db.asOwner((tx) =>
    tx.cadreSanction.create({
      data: {
        districtId: h.tenants.a.id,
        cadreId: rowId(ids.cadre),
        kind: 'SUPERVISION_ADMONISHMENT',
        decisionDate: new Date('2026-03-02'),
        effectiveDate: new Date('2026-03-02'),
        issuingBody: '区委组织部',
        reason: '履职不力',
      },
    }),
  );
  ids.sanction = sanction.id;
  reader = await staffWith(h, 'reader.a', ['core.cadre.read']);
  caseReader = await staffWith(h, 'case-reader.a', ['core.case.read']);
  sanctionOfficer = await staffWith(
    h,
    'sanctions.a',
    ['core.sanction.read', 'core.sanction.write'],
    '甲区监督科',
  );
});

describe('uploading', () => {
  it('accepts PDF, PNG, JPEG and Word files by their content, whatever type the upload claims', async () => {
    const files: [string, Buffer, string][] = [
      ['考察报告.pdf', samplePdf(), 'application/pdf'],
      ['现场照片.png', samplePng(), 'image/png'],
      ['现场照片.jpg', sampleJpeg(), 'image/jpeg'],
      [
        '会议纪要.docx',
        sampleDocx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['谈话记录.doc', sampleDoc(), 'application/msword'],
    ];
    for (const [fileName, bytes, contentType] of files) {
      const result = await upload(
        h.a,
        { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName },
        bytes,
        'text/plain',
      );
      expect(result.status).toBe(201);
      expect(result.body).toEqual({
        id: expect.any(String),
        sha256: sha256(bytes),
        contentType,
        byteSize: bytes.length,
      });
    }
    const listed = await list(h.a, 'WorkflowCase', ids.caseId);
    expect(listed.map((a) => [a.fileName, a.contentType])).toEqual(
      files.map(([name, , type]) => [name, type]),
    );
    expect(listed[0]).toMatchObject({
      ownerType: 'WorkflowCase',
      uploadedBy: '甲区干部科',
      downloadPath: `/attachments/${String(listed[0]?.id)}`,
    });
  });

  it('stores a clean name ending in the extension of what the content is', async () => {
    const result = await upload(
      h.a,
      { ownerType: 'WorkflowCase', ownerId: rowId(ids.caseId), fileName: '..\\..\\批复.png' },
      samplePdf(),
    );
    expect(result.status).toBe(201);
    const stored = await h.db.asOwner((tx) =>
      tx.attachment.findUniqueOrThrow({ where: { id: result.body.id as string } }),
    );
    expect(stored.fileName).toBe('批复.png.pdf');
  });

  it('refuses a renamed program, a web page or a spreadsheet claiming another type (415), writing nothing', async () => {
    const before = await written();
    const photo = { ownerType: 'CadrePhoto', ownerId: ids.cadre };
    const refusals = [
      await upload(h.a, { ...photo, fileName: 'photo.png' }, sampleExe(), 'image/png'),
      await upload(h.a, { ...photo, fileName: 'photo.png' }, sampleHtml(), 'image/png'),
      // A photo is an image: a PDF is a document, not a photo.
      await upload(h.a, { ...photo, fileName: 'photo.pdf' }, samplePdf(), 'application/pdf'),
      await upload(
        h.a,
        { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: 'report.docx' },
        sampleXlsx(),
      ),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(415);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CORE_ATTACHMENT_TYPE_REFUSED',
        messageZh: expect.stringContaining('文件内容不是可接受的类型'),
        messageEn: expect.stringContaining('not of an accepted type'),
      });
    }
    expect(await written()).toEqual(before);
  });

  it('refuses a file larger than its owner type takes (413) before reading it, writing nothing', async () => {
    const before = await written();
    const big = Buffer.concat([samplePng(), Buffer.alloc(2 * 1024 * 1024)]);
    const refused = await upload(
      h.a,
      { ownerType: 'CadrePhoto', ownerId: ids.cadre, fileName: 'big.png' },
      big,
    );
    expect(refused.status).toBe(413);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CORE_BODY_TOO_LARGE');
    // A plugin's owner type may take less than the default.
    const note = { ownerType: 'GammaNote', ownerId: ids.cadre, fileName: 'note.pdf' };
    expect((await upload(h.a, note, Buffer.concat([samplePdf(), Buffer.alloc(1024)]))).status).toBe(
      413,
    );
    expect(await written()).toEqual(before);
    expect((await upload(h.a, note, samplePdf())).status).toBe(201);
  });

  it('needs a credential (401) and the write permission of the owner type (403)', async () => {
    const before = await written();
    const photo = { ownerType: 'CadrePhoto', ownerId: ids.cadre, fileName: '照片.png' };
    const anonymous = await upload(null, photo, samplePng());
    expect(anonymous.status).toBe(401);
    const forbidden = await upload(reader, photo, samplePng());
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CORE_FORBIDDEN',
      messageEn: 'Not permitted (core.cadre.write)',
    });
    // Reading cases is not enough to file a case's documents: a permission of its steps is.
    const step = { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: '纪要.pdf' };
    expect((await upload(caseReader, step, samplePdf())).status).toBe(403);
    expect(await written()).toEqual(before);
  });

  it('names the caller’s field for an unknown owner type or a missing name (400)', async () => {
    const unknown = await upload(
      h.a,
      { ownerType: 'Secret', ownerId: ids.cadre, fileName: 'a.pdf' },
      samplePdf(),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CORE_INVALID_INPUT',
      issues: [expect.objectContaining({ path: 'ownerType' })],
    });
    const nameless = await upload(
      h.a,
      { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: '' },
      samplePdf(),
    );
    expect(nameless.status).toBe(400);
    expect(nameless.body.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'fileName', messageZh: '须给出文件名' }),
    ]);
  });
});

describe('another district', () => {
  it('cannot attach to, list, download or remove what is not its own (404)', async () => {
    const id = await uploaded(
      h.a,
      { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: '甲区文件.pdf' },
      samplePdf(),
    );
    const intoA = await upload(
      h.b,
      { ownerType: 'CadrePhoto', ownerId: ids.cadre, fileName: 'x.png' },
      samplePng(),
    );
    expect(intoA.status).toBe(404);
    expect(intoA.body.errors?.[0]?.extensions?.code).toBe('CORE_NOT_FOUND');
    expect((await download(h.b, id)).status).toBe(404);
    expect(await list(h.b, 'WorkflowCase', ids.caseId)).toEqual([]);
    expect(await remove(h.b, id, '不属于本区')).toMatchObject({ code: 'CORE_NOT_FOUND' });
    const fromA = await upload(
      h.a,
      { ownerType: 'CadrePhoto', ownerId: ids.otherCadre, fileName: 'x.png' },
      samplePng(),
    );
    expect(fromA.status).toBe(404);
  });
});

describe('downloading', () => {
  it('serves the same bytes as a download of its detected type, with a UTF-8 name', async () => {
    const bytes = sampleDocx();
    const id = await uploaded(
      h.a,
      { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: '考察报告（终稿）.docx' },
      bytes,
    );
    const served = await download(h.a, id);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(bytes)).toBe(true);
    expect(sha256(served.bytes)).toBe(sha256(bytes));
    expect(served.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(served.headers.get('content-disposition')).toBe(
      `attachment; filename="________.docx"; filename*=UTF-8''${encodeURIComponent('考察报告')}%EF%BC%88${encodeURIComponent('终稿')}%EF%BC%89.docx`,
    );
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('private, no-store');
  });

  it('audits every download with the hash of what was served', async () => {
    const bytes = samplePdf();
    const id = await uploaded(
      h.a,
      { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: 'a.pdf' },
      bytes,
    );
    await download(h.a, id);
    await download(caseReader, id);
    const records = await auditOf(id, 'attachment.download');
    expect(records.map((r) => [r.targetType, r.changes])).toEqual([
      ['Attachment', { sha256: sha256(bytes) }],
      ['Attachment', { sha256: sha256(bytes) }],
    ]);
    expect(records[0]?.actorId).not.toBe(records[1]?.actorId);
  });

  it('needs the read permission of the owner type, and a refused download is not served', async () => {
    const id = await uploaded(
      h.a,
      { ownerType: 'CadrePhoto', ownerId: ids.cadre, fileName: '照片.png' },
      samplePng(),
    );
    const refused = await download(caseReader, id);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.bytes.toString())).toMatchObject({
      errors: [{ extensions: { code: 'CORE_FORBIDDEN' } }],
    });
    expect(await auditOf(id, 'attachment.download')).toEqual([]);
    expect((await download(h.a, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(h.a, 'nonsense')).status).toBe(404);
  });
});

describe('the audit trail', () => {
  it('records the upload with its name, type, size and hash, never the content', async () => {
    const bytes = sampleDocx();
    const id = await uploaded(
      h.a,
      { ownerType: 'WorkflowCase', ownerId: ids.caseId, fileName: '纪要.docx' },
      bytes,
    );
    const [record] = await auditOf(id, 'attachment.add');
    expect(record?.changes).toEqual({
      ownerType: [null, 'WorkflowCase'],
      ownerId: [null, rowId(ids.caseId)],
      fileName: [null, '纪要.docx'],
      contentType: [
        null,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      byteSize: [null, bytes.length],
      sha256: [null, sha256(bytes)],
    });
    const trail = JSON.stringify(record, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    expect(trail).not.toContain(bytes.toString('base64').slice(0, 40));
    expect(trail).not.toContain('考察报告</w:t>');
    const event = await h.db.asOwner((tx) =>
      tx.outboxEvent.findFirstOrThrow({
        where: { type: 'core.attachment.added', payload: { path: ['attachmentId'], equals: id } },
      }),
    );
    expect(event.payload).toEqual({
      attachmentId: id,
      ownerType: 'WorkflowCase',
      ownerId: rowId(ids.caseId),
      sha256: sha256(bytes),
    });
  });

  it('keeps a sanction’s file names out of the trail and audits reading its list', async () => {
    const sanction = { ownerType: 'CadreSanction', ownerId: ids.sanction };
    const id = await uploaded(
      sanctionOfficer,
      { ...sanction, fileName: '关于给予张明诫勉的决定.pdf' },
      samplePdf(),
    );
    const [record] = await auditOf(id, 'attachment.add');
    expect(JSON.stringify(record?.changes)).not.toContain('诫勉');
    expect((record?.changes as Record<string, unknown>).sha256).toEqual([
      null,
      sha256(samplePdf()),
    ]);
    // The district administrator's `*` does not reach a sensitive permission.
    const refused = await h.a.request(LIST, { type: 'CadreSanction', id: ids.sanction });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');
    expect((await download(h.a, id)).status).toBe(403);
    const listed = await list(sanctionOfficer, 'CadreSanction', ids.sanction);
    expect(listed.map((a) => [a.fileName, a.uploadedBy])).toEqual([
      ['关于给予张明诫勉的决定.pdf', '甲区监督科'],
    ]);
    expect(await auditOf(ids.sanction, 'attachment.list')).toHaveLength(1);
  });
});

describe('the cadre photo', () => {
  const PHOTO = `query ($id: ID!) { cadre(id: $id) { photo { id contentType sha256 } } }`;
  const photoOf = async () =>
    (await h.a.data<{ cadre: { photo: { id: string } | null } }>(PHOTO, { id: ids.cadre })).cadre
      .photo;
  const photoIdOf = () =>
    h.db.asOwner(async (tx) => {
      const row = await tx.cadre.findUniqueOrThrow({ where: { id: rowId(ids.cadre) } });
      return row.photoId;
    });

  it('replaces the former photo, which is no longer served', async () => {
    const first = await uploaded(
      h.a,
      { ownerType: 'CadrePhoto', ownerId: ids.cadre, fileName: '照片.png' },
      samplePng(0x10),
    );
    expect(await photoOf()).toMatchObject({ id: first, contentType: 'image/png' });
    const second = await uploaded(
      h.a,
      { ownerType: 'CadrePhoto', ownerId: rowId(ids.cadre), fileName: '新照片.jpg' },
      sampleJpeg(),
    );
    expect(await photoOf()).toMatchObject({ id: second, contentType: 'image/jpeg' });
    expect(await photoIdOf()).toBe(second);
    expect((await list(h.a, 'CadrePhoto', ids.cadre)).map((a) => a.id)).toEqual([second]);
    expect((await download(h.a, first)).status).toBe(404);
    expect((await download(h.a, second)).status).toBe(200);
    const [removal] = await auditOf(first, 'attachment.remove');
    expect(removal?.changes).toMatchObject({ reason: [null, expect.stringContaining('替换')] });
  });

  it('is gone once removed, with a reason that is audited', async () => {
    const id = (await photoOf())?.id ?? '';
    const before = await written();
    expect(await remove(h.a, id, '')).toMatchObject({
      __typename: 'InputError',
      issues: [{ path: 'reason' }],
    });
    expect(await remove(reader, id, '照片不清晰')).toMatchObject({ code: 'CORE_FORBIDDEN' });
    expect(await written()).toEqual(before);
    expect(await remove(h.a, id, '照片不清晰')).toMatchObject({
      __typename: 'MutationRemoveAttachmentSuccess',
      data: { id },
    });
    expect(await photoOf()).toBeNull();
    expect(await photoIdOf()).toBeNull();
    expect((await download(h.a, id)).status).toBe(404);
    const [removal] = await auditOf(id, 'attachment.remove');
    expect(removal?.changes).toMatchObject({ reason: [null, '照片不清晰'] });
    expect(await written()).toMatchObject({
      attachments: before.attachments,
      removed: before.removed + 1,
    });
    expect(await remove(h.a, id, '照片不清晰')).toMatchObject({ code: 'CORE_NOT_FOUND' });
  });
});

describe('a page of cadres', () => {
  it('shows each cadre its own photo, read for the page at once', async () => {
    const unit = await createUnit(h.a, { code: 'A02', name: '东湖街道', category: 'SUBDISTRICT' });
    const shades: Record<string, number> = { 王一: 0x20, 王二: 0x40 };
    for (const [name, shade] of Object.entries(shades)) {
      const id = await cadreId(h.a, cadreInput(unit, { name }));
      await uploaded(
        h.a,
        { ownerType: 'CadrePhoto', ownerId: id, fileName: `${name}.png` },
        samplePng(shade),
      );
    }
    const { cadres } = await h.a.data<{
      cadres: { edges: { node: { name: string; photo: Record<string, string> | null } }[] };
    }>(`{ cadres(first: 50) { edges { node { name photo { fileName sha256 uploadedBy } } } } }`);
    expect(
      Object.fromEntries(cadres.edges.map(({ node }) => [node.name, node.photo])),
    ).toMatchObject({
      王一: { fileName: '王一.png', sha256: sha256(samplePng(0x20)), uploadedBy: '甲区干部科' },
      王二: { fileName: '王二.png', sha256: sha256(samplePng(0x40)), uploadedBy: '甲区干部科' },
    });
  });
});

describe('a plugin’s owner type', () => {
  it('is served only while the plugin is enabled in the district', async () => {
    const note = { ownerType: 'GammaNote', ownerId: ids.cadre, fileName: 'note.pdf' };
    const id = await uploaded(h.a, note, samplePdf());
    expect((await list(h.a, 'GammaNote', ids.cadre)).map((a) => a.id)).toContain(id);
    await setPluginEnabled(h.db, PLUGINS, OPERATOR, h.tenants.a.id, 'gamma', false);
    expect((await download(h.a, id)).status).toBe(404);
    expect((await upload(h.a, note, samplePdf())).status).toBe(400);
    const listed = await h.a.request(LIST, { type: 'GammaNote', id: ids.cadre });
    expect(listed.errors?.[0]?.extensions?.code).toBe('CORE_INVALID_INPUT');
  });
});
