import { beforeAll, describe, expect, it } from 'vitest';
import { proposeAppointment, writeAudited } from '@cadre/core';
import { cadreId, cadreInput, createUnit, defined, globalId, rowId } from '@cadre/testing';
import { auditCount, staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { openAlphaCase } from './fixtures/alpha-cases.ts';

// The cadre card's proposal (干部任免审批表: 拟任职务, 拟免职务, 任免理由, opinions) over HTTP: what a
// plugin's case proposes, what staff write on the form, the refusals that write nothing, and the
// records of viewing and printing the card.

const h = useGateway(testPlugins);
let cadre: string;
let caseA: string;
let caseB: string;

const PROPOSAL = `proposedPost proposedRemoval reason reportingUnit approvalOpinion
  appointingOpinion case { id title state }`;

interface Proposal {
  proposedPost: string | null;
  proposedRemoval: string | null;
  reason: string | null;
  reportingUnit: string | null;
  approvalOpinion: string | null;
  appointingOpinion: string | null;
  case: { id: string; title: string; state: string };
}
interface SaveResult {
  __typename: string;
  data?: Proposal;
  code?: string;
  issues?: { path: string; messageZh: string; messageEn: string }[];
}

const openCase = async (title: string) => (await openAlphaCase(h.a, title)).id;

async function save(caseId: string, input: Record<string, unknown>, client = h.a) {
  const data = await client.data<{ saveAppointmentProposal: SaveResult }>(
    `mutation ($cadreId: ID!, $caseId: ID!, $input: AppointmentProposalInput!) {
      saveAppointmentProposal(cadreId: $cadreId, caseId: $caseId, input: $input) {
        __typename
        ... on MutationSaveAppointmentProposalSuccess { data { ${PROPOSAL} } }
        ... on InputError { issues { path messageZh messageEn } }
        ... on Error { code }
      } }`,
    { cadreId: cadre, caseId, input },
  );
  return data.saveAppointmentProposal;
}

/** A plugin's proposal, in an audited transaction of district A as the plugin's step has one. */
const propose = (input: Omit<Parameters<typeof proposeAppointment>[1], 'cadreId'>) =>
  writeAudited(h.db, { districtId: h.tenants.a.id, label: 'operator', userId: null }, (tx, audit) =>
    proposeAppointment(
      { tx, audit, actor: { districtId: h.tenants.a.id, label: 'operator', userId: null } },
      { ...input, cadreId: rowId(cadre) },
    ),
  );

const records = (operation: string) =>
  h.db.asOwner((tx) => tx.auditRecord.findMany({ where: { operation }, orderBy: { seq: 'asc' } }));

const form = (caseId: string | null) =>
  h.a.data<{ appointmentForm: { proposal: Proposal | null; proposals: Proposal[] } | null }>(
    `query ($cadreId: ID!, $caseId: ID) { appointmentForm(cadreId: $cadreId, caseId: $caseId) {
      proposal { ${PROPOSAL} } proposals { ${PROPOSAL} } } }`,
    { cadreId: cadre, caseId },
  );

beforeAll(async () => {
  const unit = await createUnit(h.a, { code: 'AP01', name: '区水务局' });
  cadre = await cadreId(h.a, cadreInput(unit, { name: '林海' }));
  await h.a.data(
    `mutation ($cadreId: ID!, $input: CadrePostInput!) { addCadrePost(cadreId: $cadreId, input: $input) {
      __typename } }`,
    {
      cadreId: cadre,
      input: {
        unitId: unit,
        organization: '区水务局',
        title: '办公室主任',
        startedOn: '2019-03-01',
      },
    },
  );
  caseA = await openCase('区水务局副局长选任');
  caseB = await openCase('区水务局副局长交流');
});

describe('proposeAppointment (for a plugin’s case)', () => {
  it('fills the proposal with the current post as 拟免职务, audited on the cadre', async () => {
    await propose({
      caseId: rowId(caseA),
      proposedPost: '区水务局副局长',
      removeCurrentPost: true,
      reason: '工作需要',
    });
    const { appointmentForm } = await form(caseA);
    expect(appointmentForm?.proposal).toMatchObject({
      proposedPost: '区水务局副局长',
      proposedRemoval: '区水务局办公室主任',
      reason: '工作需要',
      reportingUnit: null,
      case: { id: caseA, title: '区水务局副局长选任', state: 'draft' },
    });
    const [record] = await records('cadre.appointment-proposal.propose');
    expect(record?.targetId).toBe(rowId(cadre));
    expect(record?.changes).toMatchObject({
      caseId: rowId(caseA),
      proposedPost: [null, '区水务局副局长'],
      reason: [null, '工作需要'],
    });
  });

  it('never overwrites what staff wrote on the form; fills only what is empty', async () => {
    expect((await save(caseA, { reason: '因工作需要，经研究' })).__typename).toBe(
      'MutationSaveAppointmentProposalSuccess',
    );
    await propose({ caseId: rowId(caseA), proposedPost: '另一职务', reason: '工作需要（再次）' });
    const { appointmentForm } = await form(caseA);
    expect(appointmentForm?.proposal?.reason).toBe('因工作需要，经研究');
    expect(appointmentForm?.proposal?.proposedPost).toBe('区水务局副局长');
  });

  it('refuses a case of no district of the writer, writing nothing', async () => {
    const before = await auditCount(h);
    await expect(
      propose({ caseId: '00000000-0000-4000-8000-000000000000', proposedPost: 'x' }),
    ).rejects.toMatchObject({ code: 'CORE_NOT_FOUND' });
    expect(await auditCount(h)).toBe(before);
  });
});

describe('saveAppointmentProposal (staff on the form)', () => {
  it('writes every cell of the form for a case, clears a blank one, and audits the change', async () => {
    const result = await save(caseB, {
      proposedPost: '区水务局副局长（交流）',
      reason: '工作需要',
      reportingUnit: '中共东城区委组织部',
      approvalOpinion: '同意',
      appointingOpinion: '同意任命',
    });
    expect(result.data).toMatchObject({
      proposedPost: '区水务局副局长（交流）',
      reportingUnit: '中共东城区委组织部',
      approvalOpinion: '同意',
      appointingOpinion: '同意任命',
      case: { id: caseB },
    });
    const cleared = await save(caseB, { approvalOpinion: '  ' });
    expect(cleared.data).toMatchObject({ approvalOpinion: null, appointingOpinion: '同意任命' });
    const saves = await records('cadre.appointment-proposal.save');
    expect(saves.at(-1)?.changes).toMatchObject({
      caseId: rowId(caseB),
      approvalOpinion: ['同意', null],
    });
  });

  it('refuses bad input in Chinese and English and writes nothing', async () => {
    const before = [
      await auditCount(h),
      await h.db.asOwner((tx) => tx.appointmentProposal.count()),
    ];
    const tooLong = await save(caseB, { reason: '理'.repeat(501), proposedPost: '局长' });
    expect(tooLong.__typename).toBe('InputError');
    expect(tooLong.issues).toEqual([
      {
        path: 'input.reason',
        messageZh: '任免理由不能超过 500 个字',
        messageEn: 'The reason has at most 500 characters',
      },
    ]);
    const noCase = await save(globalId('WorkflowCase', '00000000-0000-4000-8000-000000000000'), {
      reason: '工作需要',
    });
    expect(noCase).toMatchObject({ __typename: 'NotFoundError', code: 'CORE_NOT_FOUND' });
    const otherDistrict = await h.b.data<{ saveAppointmentProposal: SaveResult }>(
      `mutation ($cadreId: ID!, $caseId: ID!) {
        saveAppointmentProposal(cadreId: $cadreId, caseId: $caseId, input: { reason: "x" }) {
          __typename } }`,
      { cadreId: cadre, caseId: caseB },
    );
    expect(otherDistrict.saveAppointmentProposal.__typename).not.toMatch(/Success$/);
    const after = [await auditCount(h), await h.db.asOwner((tx) => tx.appointmentProposal.count())];
    expect(after).toEqual(before);
    expect((await form(caseB)).appointmentForm?.proposal?.proposedPost).toBe(
      '区水务局副局长（交流）',
    );
  });

  it('needs the permission to edit cadres', async () => {
    const reader = await staffWith(h, 'card.reader', ['core.cadre.read']);
    const result = await save(caseB, { reason: '读者' }, reader);
    expect(result.__typename).not.toMatch(/Success$/);
  });
});

describe('appointmentForm and recordCardPrint', () => {
  it('answers the asked case’s proposal, or the latest, and lists every case', async () => {
    const asked = await form(caseA);
    expect(asked.appointmentForm?.proposal?.case.id).toBe(caseA);
    const latest = await form(null);
    expect(latest.appointmentForm?.proposal?.case.id).toBe(caseB);
    expect(latest.appointmentForm?.proposals.map((p) => p.case.id)).toEqual([caseB, caseA]);
  });

  it('records every view of the card as a sensitive read, and each print', async () => {
    const views = (await records('cadre.card.view')).length;
    await form(caseA);
    const viewed = await records('cadre.card.view');
    expect(viewed).toHaveLength(views + 1);
    expect(defined(viewed.at(-1)).targetId).toBe(rowId(cadre));

    const { recordCardPrint } = await h.a.data<{ recordCardPrint: { data?: boolean } }>(
      `mutation ($cadreId: ID!, $caseId: ID) { recordCardPrint(cadreId: $cadreId, caseId: $caseId) {
        ... on MutationRecordCardPrintSuccess { data } } }`,
      { cadreId: cadre, caseId: caseA },
    );
    expect(recordCardPrint.data).toBe(true);
    const [printed] = await records('cadre.card.print');
    expect(printed).toMatchObject({ targetId: rowId(cadre), changes: { caseId: rowId(caseA) } });
  });

  it('answers null for another district’s cadre and records nothing', async () => {
    const before = await auditCount(h);
    const { appointmentForm } = await h.b.data<{ appointmentForm: unknown }>(
      `query ($cadreId: ID!) { appointmentForm(cadreId: $cadreId) { proposal { reason } } }`,
      { cadreId: cadre },
    );
    expect(appointmentForm).toBeNull();
    expect(await auditCount(h)).toBe(before);
  });
});
