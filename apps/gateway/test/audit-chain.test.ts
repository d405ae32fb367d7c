import { createUnit, defined } from '@cadre/testing';
import { describe, expect, it } from 'vitest';
import { auditCount, useGateway, type Harness } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);

const VERIFY = `{ verifyAuditChain { intact checked brokenRecordId brokenSeq reason } }`;

interface Verification {
  intact: boolean;
  checked: number;
  brokenRecordId: string | null;
  brokenSeq: string | null;
  reason: string | null;
}

const verify = async (client: Harness['a']) =>
  (await client.data<{ verifyAuditChain: Verification }>(VERIFY)).verifyAuditChain;

const recordsOf = (h: Harness, districtId: string) =>
  h.db.asOwner((tx) => tx.auditRecord.findMany({ where: { districtId }, orderBy: { seq: 'asc' } }));

describe('the audit chain', () => {
  it('records exactly the writes of a committed mutation, and none of a refused one', async () => {
    const before = await auditCount(h);
    await createUnit(h.a, { code: 'AUD-1', name: '审计测试单位' });
    const records = await recordsOf(h, h.tenants.a.id);
    expect(await auditCount(h)).toBe(before + 1);
    expect(records.at(-1)).toMatchObject({ operation: 'unit.create', targetType: 'Unit' });
    expect(records.map((r) => Number(r.seq))).toEqual(records.map((_, i) => i + 1));
    await h.a.request(
      `mutation { createUnit(code: "", name: "", category: TOWNSHIP) { __typename } }`,
    );
    expect(await auditCount(h)).toBe(before + 1);
    expect(await verify(h.a)).toMatchObject({ intact: true, checked: records.length });
  });

  it('refuses changes to audit records by the application role', async () => {
    for (const statement of [
      `UPDATE core.audit_record SET operation = 'x'`,
      `DELETE FROM core.audit_record`,
      `TRUNCATE core.audit_record`,
    ]) {
      await expect(
        h.db.transaction(h.tenants.a.id, (tx) => tx.$executeRawUnsafe(statement)),
      ).rejects.toThrow();
    }
    expect(await verify(h.a)).toMatchObject({ intact: true });
  });

  it('chains with SM3 where configured', async () => {
    process.env.CADRE_AUDIT_HASH = 'sm3';
    try {
      await createUnit(h.a, { code: 'AUD-SM3', name: '国密单位' });
    } finally {
      delete process.env.CADRE_AUDIT_HASH;
    }
    const records = await recordsOf(h, h.tenants.a.id);
    expect(records.at(-1)?.algorithm).toBe('sm3');
    await createUnit(h.a, { code: 'AUD-SHA', name: '后续单位' });
    expect(await verify(h.a)).toMatchObject({ intact: true });
  });

  it("finds a superuser's edit at exactly the edited record", async () => {
    await createUnit(h.a, { code: 'AUD-2', name: '又一单位' });
    const records = await recordsOf(h, h.tenants.a.id);
    const victim = defined(records[1]);
    await h.db.asSuperuser(
      `UPDATE core.audit_record SET changes = '{"name": [null, "伪造"]}' WHERE id = $1`,
      [victim.id.toString()],
    );
    expect(await verify(h.a)).toEqual({
      intact: false,
      checked: 1,
      brokenRecordId: victim.id.toString(),
      brokenSeq: '2',
      reason: 'CONTENT_HASH_MISMATCH',
    });
  });

  it("finds a superuser's deletion at the record after the gap", async () => {
    await createUnit(h.b, { code: 'AUD-B1', name: '乙一' });
    await createUnit(h.b, { code: 'AUD-B2', name: '乙二' });
    const records = await recordsOf(h, h.tenants.b.id);
    const removed = defined(records[records.length - 2]);
    await h.db.asSuperuser('DELETE FROM core.audit_record WHERE id = $1', [removed.id.toString()]);
    const result = await verify(h.b);
    expect(result).toMatchObject({
      intact: false,
      brokenRecordId: defined(records.at(-1)).id.toString(),
      reason: 'SEQUENCE_GAP',
    });
  });
});
