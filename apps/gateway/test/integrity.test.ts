import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cadreId,
  cadreInput,
  createUnit,
  globalId,
  rowId,
  type GraphQLClient,
} from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { openAlphaCase } from './fixtures/alpha-cases.ts';

const h = useGateway(testPlugins);

const CHECK = `
  id blocking complete sourcesConsulted sourcesFailed sourcesNotConsulted checkedAt
  cadres { name }
  findings { cadre { name } severity code source sourceTitle reason }
`;

interface Finding {
  cadre: { name: string };
  severity: string;
  code: string;
  source: string;
  sourceTitle: string;
  reason: string;
}

interface Check {
  __typename: string;
  id: string | null;
  blocking: boolean;
  complete: boolean;
  sourcesConsulted: string[];
  sourcesFailed: string[];
  sourcesNotConsulted: string[];
  findings: Finding[];
  code?: string;
}

const cadres: Record<string, string> = {};
/** The id of a cadre made in `beforeAll`, by name. */
function id(name: string): string {
  const found = cadres[name];
  if (!found) throw new Error(`no cadre ${name}`);
  return found;
}

async function check(client: GraphQLClient, ids: string[]): Promise<Check> {
  const { integrityCheck } = await client.data<{ integrityCheck: Check & { data?: Check } }>(
    `query ($ids: [ID!]!) { integrityCheck(cadreIds: $ids) {
      __typename ... on QueryIntegrityCheckSuccess { data { ${CHECK} } } ... on Error { code }
    } }`,
    { ids },
  );
  return integrityCheck.data
    ? { ...integrityCheck.data, __typename: integrityCheck.__typename }
    : integrityCheck;
}

async function runForCase(client: GraphQLClient, caseId: string, ids: string[]): Promise<Check> {
  const { runIntegrityCheck } = await client.data<{ runIntegrityCheck: Check & { data?: Check } }>(
    `mutation ($caseId: ID!, $ids: [ID!]!) { runIntegrityCheck(caseId: $caseId, cadreIds: $ids) {
      __typename ... on MutationRunIntegrityCheckSuccess { data { ${CHECK} } } ... on Error { code }
    } }`,
    { caseId, ids },
  );
  return runIntegrityCheck.data
    ? { ...runIntegrityCheck.data, __typename: runIntegrityCheck.__typename }
    : runIntegrityCheck;
}

const openCase = async (title: string) => (await openAlphaCase(h.a, title)).id;

async function step(caseId: string, transition: string, expectedVersion: number) {
  const { transitionCase } = await h.a.data<{
    transitionCase: { __typename: string; code?: string };
  }>(
    `mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) {
      __typename ... on Error { code } } }`,
    { input: { caseId, transition, expectedVersion } },
  );
  return transitionCase;
}

const written = () =>
  h.db.asOwner(async (tx) => ({
    audit: await tx.auditRecord.count(),
    checks: await tx.integrityCheckRecord.count(),
    events: await tx.outboxEvent.count(),
  }));

const ARCHIVE_FACTS = [
  'BIRTH_DATE',
  'PARTY_JOIN_DATE',
  'WORK_START_DATE',
  'EDUCATION',
  'EXPERIENCE',
  'IDENTITY',
];

beforeAll(async () => {
  const unitA = await createUnit(h.a, { code: 'I1', name: '区委办公室' });
  const unitB = await createUnit(h.b, { code: 'I1', name: '县委办公室' });
  const make = async (client: GraphQLClient, unit: string, name: string, extra = {}) => {
    cadres[name] = await cadreId(client, cadreInput(unit, { name, ...extra }));
  };
  await make(h.a, unitA, '清白');
  await make(h.a, unitA, '问题甲');
  await make(h.a, unitA, '故障乙');
  await make(h.a, unitA, '退休丁', { status: 'RETIRED' });
  await make(h.b, unitB, '问题丙');
  // 清白's archive is verified fact by fact: the archive has nothing to say about them.
  for (const fact of ARCHIVE_FACTS) {
    await h.a.data(
      `mutation ($id: ID!, $fact: ArchiveFact!) { verifyArchiveFact(cadreId: $id, fact: $fact) {
        __typename } }`,
      { id: id('清白'), fact },
    );
  }
});

describe('the integrity check', () => {
  it('gathers findings from core and every enabled plugin, each with its source', async () => {
    const result = await check(h.a, [id('清白'), id('问题甲'), id('退休丁')]);
    expect(result).toMatchObject({
      __typename: 'QueryIntegrityCheckSuccess',
      id: null,
      blocking: true,
      complete: true,
      sourcesConsulted: ['core', 'alpha'],
      sourcesFailed: [],
      sourcesNotConsulted: [],
      cadres: [{ name: '清白' }, { name: '问题甲' }, { name: '退休丁' }],
    });
    expect(result.findings.map((f) => [f.cadre.name, f.severity, f.code, f.source])).toEqual([
      ['问题甲', 'BLOCKING', 'ALPHA_OPEN_MATTER', 'alpha'],
      ['问题甲', 'WARNING', 'CORE_ARCHIVE_UNVERIFIED', 'core'],
      ['退休丁', 'BLOCKING', 'CORE_CADRE_NOT_ACTIVE', 'core'],
      ['退休丁', 'WARNING', 'CORE_ARCHIVE_UNVERIFIED', 'core'],
    ]);
    expect(result.findings[0]).toMatchObject({ sourceTitle: '甲插件', reason: '有未办结的甲事项' });
    expect(result.findings[1]?.reason).toBe(
      '档案未经专项审核：出生日期、入党时间、参加工作时间、学历学位、经历、干部身份',
    );
  });

  it('does not ask a plugin the district has switched off, and says so', async () => {
    const result = await check(h.b, [id('问题丙')]);
    expect(result).toMatchObject({
      sourcesConsulted: ['core'],
      sourcesNotConsulted: ['alpha'],
      sourcesFailed: [],
      complete: true,
    });
    expect(result.findings.map((f) => f.source)).toEqual(['core']);
    expect(result.findings.some((f) => f.code.startsWith('ALPHA_'))).toBe(false);
  });

  it('reports a failing source as failed and blocking, never as consulted', async () => {
    const result = await check(h.a, [id('清白'), id('故障乙')]);
    expect(result).toMatchObject({
      blocking: true,
      complete: false,
      sourcesConsulted: ['core'],
      sourcesFailed: ['alpha'],
    });
    expect(
      result.findings
        .filter((f) => f.code === 'CORE_INTEGRITY_SOURCE_FAILED')
        .map((f) => [f.cadre.name, f.severity, f.source]),
    ).toEqual([
      ['清白', 'BLOCKING', 'alpha'],
      ['故障乙', 'BLOCKING', 'alpha'],
    ]);
  });

  it('answers another district’s cadre exactly as an unknown one', async () => {
    const foreign = await check(h.a, [id('清白'), id('问题丙')]);
    const unknownId = Buffer.from(`Cadre:${randomUUID()}`).toString('base64');
    const unknown = await check(h.a, [id('清白'), unknownId]);
    expect(foreign).toEqual({ __typename: 'NotFoundError', code: 'CORE_NOT_FOUND' });
    expect(unknown).toEqual(foreign);
  });

  it('needs core.integrity.check', async () => {
    const reader = await staffWith(h, 'reader.i', ['core.case.read', 'core.cadre.read']);
    expect(await check(reader, [id('清白')])).toEqual({
      __typename: 'ForbiddenError',
      code: 'CORE_FORBIDDEN',
    });
  });
});

describe('a check stored with a case', () => {
  it('is stored and audited, shows in the record, and lets the guard pass', async () => {
    const caseId = await openCase('核查后批准');
    expect(await step(caseId, 'submit', 1)).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
    const before = await written();
    const stored = await runForCase(h.a, caseId, [id('清白')]);
    expect(stored).toMatchObject({
      __typename: 'MutationRunIntegrityCheckSuccess',
      blocking: false,
      findings: [],
      sourcesConsulted: ['core', 'alpha'],
    });
    expect(stored.id).toEqual(expect.any(String));
    expect(await written()).toEqual({
      audit: before.audit + 1,
      checks: before.checks + 1,
      events: before.events + 1,
    });
    const audit = await h.db.asOwner((tx) =>
      tx.auditRecord.findFirst({ where: { targetId: rowId(caseId) }, orderBy: { seq: 'desc' } }),
    );
    expect(audit).toMatchObject({
      operation: 'integrity-check.run',
      changes: { integrityCheckId: stored.id, blocking: 0 },
    });

    const { caseRecord } = await h.a.data<{
      caseRecord: { integrityChecks: { id: string; sourcesConsulted: string[] }[] };
    }>('query ($id: ID!) { caseRecord(id: $id) { integrityChecks { id sourcesConsulted } } }', {
      id: caseId,
    });
    expect(caseRecord.integrityChecks).toEqual([
      { id: stored.id, sourcesConsulted: ['core', 'alpha'] },
    ]);
    expect(await step(caseId, 'approve', 2)).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
  });

  it('with blocking findings, keeps the guard closed', async () => {
    const caseId = await openCase('核查有问题');
    await step(caseId, 'submit', 1);
    const stored = await runForCase(h.a, caseId, [id('问题甲')]);
    expect(stored.blocking).toBe(true);
    expect(await step(caseId, 'approve', 2)).toEqual({
      __typename: 'RuleViolationError',
      code: 'ALPHA_CHECK_BLOCKING',
    });
    const { workflowCase } = await h.a.data<{
      workflowCase: { integrityChecks: { findings: { code: string }[] }[] };
    }>('query ($id: ID!) { workflowCase(id: $id) { integrityChecks { findings { code } } } }', {
      id: caseId,
    });
    expect(workflowCase.integrityChecks[0]?.findings.map((f) => f.code)).toEqual([
      'ALPHA_OPEN_MATTER',
      'CORE_ARCHIVE_UNVERIFIED',
    ]);
  });

  it('refuses another district’s case as an unknown one, writing nothing', async () => {
    const caseId = await openCase('甲区事项');
    const before = await written();
    const foreign = await runForCase(h.b, caseId, [id('问题丙')]);
    const unknown = await runForCase(h.b, globalId('WorkflowCase', randomUUID()), [id('问题丙')]);
    expect(foreign).toEqual({ __typename: 'NotFoundError', code: 'CORE_NOT_FOUND' });
    expect(unknown).toEqual(foreign);
    expect(await written()).toEqual(before);
  });
});

describe('core’s findings from the archive’s records', () => {
  let clerk: GraphQLClient;
  const today = new Date();
  const daysAgo = (n: number) =>
    new Date(today.getTime() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    clerk = await staffWith(h, 'clerk.i', [
      'core.cadre.read',
      'core.cadre.write',
      'core.sanction.read',
      'core.sanction.write',
      'core.integrity.check',
    ]);
    const unit = await createUnit(h.a, { code: 'I2', name: '区发展改革委' });
    cadres['诫勉戊'] = await cadreId(h.a, cadreInput(unit, { name: '诫勉戊' }));
    const { addCadreSanction } = await clerk.data<{ addCadreSanction: { __typename: string } }>(
      `mutation ($c: ID!, $on: Date!) { addCadreSanction(cadreId: $c, input: {
        kind: SUPERVISION_ADMONISHMENT, decisionDate: $on, effectiveDate: $on,
        issuingBody: "区委组织部", reason: "落实整改不力" }) { __typename } }`,
      { c: id('诫勉戊'), on: daysAgo(10) },
    );
    expect(addCadreSanction.__typename).toBe('MutationAddCadreSanctionSuccess');
    const lastYear = today.getUTCFullYear() - 1;
    const { setAnnualGrade } = await clerk.data<{ setAnnualGrade: { __typename: string } }>(
      `mutation ($c: ID!, $y: Int!) { setAnnualGrade(cadreId: $c, year: $y, grade: BASIC_COMPETENT) {
        __typename } }`,
      { c: id('诫勉戊'), y: lastYear },
    );
    expect(setAnnualGrade.__typename).toBe('MutationSetAnnualGradeSuccess');
  });

  const findingsFor = async (purpose: string) => {
    const { integrityCheck } = await clerk.data<{ integrityCheck: { data: Check } }>(
      `query ($ids: [ID!]!, $p: IntegrityCheckPurpose) { integrityCheck(cadreIds: $ids, purpose: $p) {
        ... on QueryIntegrityCheckSuccess { data { ${CHECK} } } } }`,
      { ids: [id('诫勉戊')], p: purpose },
    );
    return integrityCheck.data.findings.filter((f) => f.code !== 'CORE_ARCHIVE_UNVERIFIED');
  };

  it('blocks a promotion while an admonishment is in force, naming its end', async () => {
    const findings = await findingsFor('PROMOTION');
    expect(findings.map((f) => [f.severity, f.code, f.source])).toEqual([
      ['BLOCKING', 'CORE_INFLUENCE_PERIOD', 'core'],
      ['WARNING', 'CORE_POOR_ANNUAL_GRADE', 'core'],
    ]);
    expect(findings[0]?.reason).toMatch(/诫勉.*至\d{4}年\d{1,2}月\d{1,2}日/);
    expect(findings[1]?.reason).toContain('年度考核为基本称职');
  });

  it('only warns where the check is for neither a promotion nor an important post', async () => {
    const findings = await findingsFor('OTHER');
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ['WARNING', 'CORE_INFLUENCE_PERIOD'],
      ['WARNING', 'CORE_POOR_ANNUAL_GRADE'],
    ]);
  });
});
