import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, formatDate, todayInChina } from '@cadre/core';
import {
  cadreId,
  cadreInput,
  createUnit,
  defined,
  globalId,
  rowId,
  type GraphQLClient,
} from '@cadre/testing';
import { auditCount, TEST_PASSWORD, useCountingGateway, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// The archive's records over HTTP: rewards, sanctions (and the measures like them), annual
// grades, family members; their revisions, the influence periods computed from them, and the
// sensitivity of sanctions.

const h = useGateway(testPlugins);
const REDACTED = '[已脱敏 redacted]';
const tomorrow = formatDate(new Date(todayInChina().getTime() + 86_400_000));

interface Issue {
  path: string;
  code: string;
  messageZh: string;
  messageEn: string;
}
interface Result<T> {
  __typename: string;
  data?: T;
  code?: string;
  messageZh?: string;
  issues?: Issue[];
}

/**
 * Calls mutation `name` with the variables declared in `params`; the result's data as `fields`
 * (null for a scalar result).
 */
async function mutate<T = { id: string }>(
  client: GraphQLClient,
  name: string,
  params: string,
  variables: Record<string, unknown>,
  fields: string | null = 'id',
): Promise<Result<T>> {
  const args = params
    .split(',')
    .map((p) => defined(p.split(':')[0]).trim())
    .map((v) => `${v.slice(1)}: ${v}`)
    .join(', ');
  const success = `Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success`;
  const data = await client.data<Record<string, Result<T>>>(
    `mutation (${params}) { ${name}(${args}) {
      __typename
      ... on ${success} { data ${fields === null ? '' : `{ ${fields} }`} }
      ... on InputError { issues { path code messageZh messageEn } }
      ... on Error { code messageZh }
    } }`,
    variables,
  );
  return defined(data[name]);
}

const ADD_SANCTION = '$cadreId: ID!, $input: CadreSanctionInput!';
const sanction = (kind: string, decisionDate: string, effectiveDate: string, more = {}) => ({
  kind,
  decisionDate,
  effectiveDate,
  issuingBody: '区纪委监委',
  reason: `违反中央八项规定精神（${kind}）`,
  ...more,
});

/** Counts of what a refused write must not have added. */
const written = () =>
  h.db.asOwner(async (tx) => [
    await tx.auditRecord.count(),
    await tx.outboxEvent.count(),
    await tx.archiveRecordRevision.count(),
    await tx.cadreSanction.count(),
    await tx.cadreReward.count(),
    await tx.cadreAnnualGrade.count(),
    await tx.familyMember.count(),
  ]);

let unit: string;
/** 干部科: the built-in role that reads and writes sanctions. */
let section: GraphQLClient;
let leader: GraphQLClient;

beforeAll(async () => {
  unit = await createUnit(h.a, { code: 'ARC', name: '区档案记录测试局' });
  for (const [username, role] of [
    ['section.a', 'cadre-section'],
    ['leader.a', 'department-leader'],
  ] as const) {
    await createUser(
      h.db,
      { label: 'operator', userId: null },
      {
        districtCode: h.tenants.a.code,
        username,
        displayName: username,
        password: TEST_PASSWORD,
        roleKeys: [role],
      },
    );
  }
  section = await h.anonymous.login('section.a', TEST_PASSWORD);
  leader = await h.anonymous.login('leader.a', TEST_PASSWORD);
});

const newCadre = (name: string, overrides: Record<string, unknown> = {}) =>
  cadreId(h.a, cadreInput(unit, { name, ...overrides }));

describe('the cadre form’s remaining fields', () => {
  it('keeps health, professional title, specialty, and the rank held in each post', async () => {
    const id = await newCadre('陈健', {
      healthStatus: ' 健康 ',
      professionalTitle: '高级经济师',
      specialty: '财政预算管理',
    });
    const post = await mutate<{ rank: string | null }>(
      h.a,
      'addCadrePost',
      '$cadreId: ID!, $input: CadrePostInput!',
      {
        cadreId: id,
        input: {
          organization: '区财政局',
          title: '副局长',
          startedOn: '2018-05-01',
          rank: 'LEADER_SECTION_DEPUTY',
        },
      },
      'rank',
    );
    expect(post.data).toEqual({ rank: 'LEADER_SECTION_DEPUTY' });
    await h.a.data(
      `mutation ($id: ID!) { updateCadre(id: $id, input: { specialty: "财政绩效评价" }) { __typename } }`,
      { id },
    );
    const { cadre } = await h.a.data<{ cadre: Record<string, unknown> }>(
      `query ($id: ID!) { cadre(id: $id) { healthStatus professionalTitle specialty
        currentPost { rank } posts { rank } } }`,
      { id },
    );
    expect(cadre).toEqual({
      healthStatus: '健康',
      professionalTitle: '高级经济师',
      specialty: '财政绩效评价',
      currentPost: { rank: 'LEADER_SECTION_DEPUTY' },
      posts: [{ rank: 'LEADER_SECTION_DEPUTY' }],
    });
  });
});

describe('rewards', () => {
  const REWARD = {
    kind: 'MERIT_THIRD_CLASS',
    title: '脱贫攻坚记三等功',
    decisionDate: '2021-02-25',
    issuingBody: '区委区政府',
  };

  it('adds, corrects with a reason (keeping the former version), and revokes', async () => {
    const id = await newCadre('赵奖');
    const added = await mutate(h.a, 'addCadreReward', '$cadreId: ID!, $input: CadreRewardInput!', {
      cadreId: id,
      input: { ...REWARD, documentNumber: '  区委〔2021〕3号 ' },
    });
    const rewardId = defined(added.data).id;

    const before = await written();
    const noReason = await mutate(
      h.a,
      'correctCadreReward',
      '$id: ID!, $input: CadreRewardInput!, $reason: String!',
      {
        id: rewardId,
        input: { ...REWARD, title: '脱贫攻坚记二等功' },
        reason: ' ',
      },
    );
    expect(noReason.__typename).toBe('InputError');
    expect(noReason.issues?.map((i) => i.path)).toEqual(['reason']);
    expect(await written()).toEqual(before);

    const corrected = await mutate<{ title: string }>(
      h.a,
      'correctCadreReward',
      '$id: ID!, $input: CadreRewardInput!, $reason: String!',
      {
        id: rewardId,
        input: { ...REWARD, kind: 'MERIT_SECOND_CLASS', title: '脱贫攻坚记二等功' },
        reason: '按原件更正',
      },
      'title',
    );
    expect(corrected.data).toEqual({ title: '脱贫攻坚记二等功' });
    const revoked = await mutate(h.a, 'revokeCadreReward', '$id: ID!, $reason: String!', {
      id: rewardId,
      reason: '表彰决定已撤销',
    });
    expect(revoked.__typename).toBe('MutationRevokeCadreRewardSuccess');
    const again = await mutate(h.a, 'revokeCadreReward', '$id: ID!, $reason: String!', {
      id: rewardId,
      reason: '重复撤销',
    });
    expect(again).toMatchObject({ __typename: 'RuleViolationError', code: 'CORE_RECORD_REVOKED' });

    const { cadre } = await h.a.data<{
      cadre: { rewards: unknown[]; all: Record<string, unknown>[] };
    }>(
      `query ($id: ID!) { cadre(id: $id) {
        rewards { id }
        all: rewards(includeRevoked: true) { kind title documentNumber revokeReason
          revisions { action reason before revisedBy { username } } } } }`,
      { id },
    );
    expect(cadre.rewards).toEqual([]);
    expect(cadre.all).toHaveLength(1);
    const [reward] = cadre.all;
    expect(reward).toMatchObject({
      kind: 'MERIT_SECOND_CLASS',
      // A correction replaces the whole record: the number it left out is gone.
      documentNumber: null,
      revokeReason: '表彰决定已撤销',
    });
    const revisions = reward?.revisions as {
      action: string;
      reason: string;
      before: Record<string, unknown>;
      revisedBy: unknown;
    }[];
    expect(revisions.map((r) => [r.action, r.reason])).toEqual([
      ['REVOKE', '表彰决定已撤销'],
      ['CORRECT', '按原件更正'],
    ]);
    expect(revisions[1]?.before).toMatchObject({
      kind: 'MERIT_THIRD_CLASS',
      title: '脱贫攻坚记三等功',
      documentNumber: '区委〔2021〕3号',
      decisionDate: '2021-02-25',
      revokedAt: null,
    });
    expect(revisions[1]?.revisedBy).toEqual({ username: 'staff.a' });
  });
});

describe('sanctions', () => {
  it('records a sanction in one transaction with its audit record and an event of ids only', async () => {
    const id = await newCadre('钱处');
    const added = await mutate<{
      id: string;
      restrictedUntil: string;
      restrictionOpenEnded: boolean;
    }>(
      section,
      'addCadreSanction',
      ADD_SANCTION,
      {
        cadreId: id,
        input: sanction('ADMIN_MAJOR_DEMERIT', '2025-02-20', '2025-03-01', {
          reason: '违规收受礼金甲乙丙',
        }),
      },
      'id restrictedUntil restrictionOpenEnded',
    );
    const data = defined(added.data);
    // 记大过: 18 months from the effective date, the last day restricted included.
    expect(data).toMatchObject({ restrictedUntil: '2026-09-01', restrictionOpenEnded: false });
    const sanctionId = rowId(data.id);

    const xmin = (sql: string, param: string) => h.db.asSuperuser<{ x: string }>(sql, [param]);
    const [row] = await xmin(
      `SELECT xmin::text AS x FROM core.cadre_sanction WHERE id = $1::uuid`,
      sanctionId,
    );
    const audits = await h.db.asSuperuser<{ x: string; changes: Record<string, unknown> }>(
      `SELECT xmin::text AS x, changes FROM core.audit_record WHERE operation = 'cadre.sanction.add' AND target_id = $1`,
      [rowId(id)],
    );
    const events = await h.db.asSuperuser<{ x: string; payload: unknown }>(
      `SELECT xmin::text AS x, payload FROM core.outbox_event WHERE type = 'core.sanction.recorded' AND payload->>'sanctionId' = $1`,
      [sanctionId],
    );
    expect(audits.map((a) => a.x)).toEqual([defined(row).x]);
    expect(events.map((e) => e.x)).toEqual([defined(row).x]);
    expect(audits[0]?.changes).toEqual({ sanctionId, sanctionDetails: REDACTED });
    expect(events[0]?.payload).toEqual({ cadreId: rowId(id), sanctionId });
  });

  it('corrects with a reason and lifts by procedure, refusing bad dates without writing', async () => {
    const id = await newCadre('孙过');
    const added = await mutate(section, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('ADMIN_DEMERIT', '2025-01-05', '2025-01-10'),
    });
    const sanctionId = defined(added.data).id;
    const CORRECT = '$id: ID!, $input: CadreSanctionInput!, $reason: String!';
    const corrected = await mutate<{ documentNumber: string }>(
      section,
      'correctCadreSanction',
      CORRECT,
      {
        id: sanctionId,
        input: sanction('ADMIN_DEMERIT', '2025-01-05', '2025-01-10', {
          documentNumber: '区纪发〔2025〕1号',
        }),
        reason: '补录文号丁戊己',
      },
      'documentNumber',
    );
    expect(corrected.data).toEqual({ documentNumber: '区纪发〔2025〕1号' });

    const LIFT = '$id: ID!, $liftedOn: Date!, $procedure: String!';
    const before = await written();
    const early = await mutate(section, 'liftCadreSanction', LIFT, {
      id: sanctionId,
      liftedOn: '2024-12-31',
      procedure: '综合评估合格',
    });
    const future = await mutate(section, 'liftCadreSanction', LIFT, {
      id: sanctionId,
      liftedOn: tomorrow,
      procedure: '综合评估合格',
    });
    expect(early.issues?.map((i) => i.path)).toEqual(['liftedOn']);
    expect(future.issues).toEqual([
      {
        path: 'liftedOn',
        code: 'DATE_IN_FUTURE',
        messageZh: '日期不能晚于今天',
        messageEn: 'The date cannot be after today',
      },
    ]);
    expect(await written()).toEqual(before);

    const lifted = await mutate<{ liftedOn: string; restrictedUntil: string }>(
      section,
      'liftCadreSanction',
      LIFT,
      { id: sanctionId, liftedOn: '2025-06-01', procedure: '综合评估合格，按程序解除' },
      'liftedOn restrictedUntil',
    );
    expect(lifted.data).toEqual({ liftedOn: '2025-06-01', restrictedUntil: '2025-05-31' });
    const twice = await mutate(section, 'liftCadreSanction', LIFT, {
      id: sanctionId,
      liftedOn: '2025-07-01',
      procedure: '再次解除',
    });
    expect(twice).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CORE_SANCTION_ALREADY_LIFTED',
    });

    const { cadre } = await section.data<{
      cadre: {
        sanctions: {
          revisions: { action: string; reason: string; before: Record<string, unknown> }[];
        }[];
      };
    }>(`query ($id: ID!) { cadre(id: $id) { sanctions { revisions { action reason before } } } }`, {
      id,
    });
    const revisions = defined(cadre.sanctions[0]).revisions;
    expect(revisions.map((r) => [r.action, r.reason])).toEqual([
      ['LIFT', '综合评估合格，按程序解除'],
      ['CORRECT', '补录文号丁戊己'],
    ]);
    expect(revisions[1]?.before).toMatchObject({
      documentNumber: null,
      restrictedUntil: '2026-01-10',
    });

    // The trail says which cadre's sanction changed and who changed it, never what it says.
    const trail = await h.db.asSuperuser<{ operation: string; text: string }>(
      `SELECT operation, changes::text AS text FROM core.audit_record WHERE target_id = $1
        UNION ALL SELECT type, payload::text FROM core.outbox_event WHERE payload->>'cadreId' = $1`,
      [rowId(id)],
    );
    expect(trail.map((t) => t.operation)).toEqual(
      expect.arrayContaining([
        'cadre.sanction.add',
        'cadre.sanction.correct',
        'cadre.sanction.lift',
        'core.sanction.lifted',
      ]),
    );
    for (const secret of [
      '违反中央八项规定',
      '补录文号丁戊己',
      '区纪发',
      '综合评估合格',
      'ADMIN_DEMERIT',
    ]) {
      expect(trail.filter((t) => t.text.includes(secret))).toEqual([]);
    }
  });

  it('refuses bad input field by field, in both languages, and writes nothing', async () => {
    const id = await newCadre('李误', { birthDate: '1985-03-12' });
    const before = await written();
    const unknown = await mutate(section, 'addCadreSanction', ADD_SANCTION, {
      cadreId: globalId('Cadre', '00000000-0000-4000-8000-000000000000'),
      input: sanction('ADMIN_WARNING', '2025-01-01', '2025-01-01'),
    });
    expect(unknown).toMatchObject({
      __typename: 'NotFoundError',
      code: 'CORE_NOT_FOUND',
      messageZh: '干部不存在',
    });
    const dates = await mutate(section, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('PARTY_PROBATION', '1980-01-01', tomorrow, { reason: ' ' }),
    });
    expect(dates.__typename).toBe('InputError');
    expect(dates.issues?.map((i) => [i.path, i.code])).toEqual([['input.reason', 'INVALID']]);
    const rules = await mutate(section, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('PARTY_PROBATION', '1980-01-01', tomorrow),
    });
    expect(rules.issues?.map((i) => [i.path, i.code])).toEqual([
      ['input.decisionDate', 'DATE_BEFORE_BIRTH'],
      ['input.effectiveDate', 'DATE_IN_FUTURE'],
      ['input.probationMonths', expect.any(String)],
    ]);
    expect(rules.issues?.[0]).toMatchObject({
      messageZh: '日期不能早于出生日期',
      messageEn: 'The date cannot be before the birth date',
    });
    const order = await mutate(section, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('ADMIN_WARNING', '2025-03-01', '2025-02-01'),
    });
    expect(order.issues).toEqual([
      expect.objectContaining({
        path: 'input.effectiveDate',
        code: 'EFFECTIVE_BEFORE_DECISION',
        messageZh: '生效日期不能早于决定日期',
      }),
    ]);
    const reward = await mutate(h.a, 'addCadreReward', '$cadreId: ID!, $input: CadreRewardInput!', {
      cadreId: id,
      input: { kind: 'COMMENDATION', title: '嘉', decisionDate: tomorrow, issuingBody: '区委' },
    });
    expect(reward.issues?.map((i) => i.path)).toEqual(['input.title']);
    const future = await mutate(h.a, 'addCadreReward', '$cadreId: ID!, $input: CadreRewardInput!', {
      cadreId: id,
      input: {
        kind: 'COMMENDATION',
        title: '年度嘉奖',
        decisionDate: tomorrow,
        issuingBody: '区委',
      },
    });
    expect(future.issues?.map((i) => [i.path, i.code])).toEqual([
      ['input.decisionDate', 'DATE_IN_FUTURE'],
    ]);
    expect(await written()).toEqual(before);
  });

  it('is hidden without core.sanction.read, which no pattern grants, with a typed error', async () => {
    const id = await newCadre('周密');
    await mutate(section, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('SUPERVISION_ADMONISHMENT', '2025-06-10', '2025-06-10'),
    });
    // The district administrator holds `*`: every permission but the sensitive ones.
    const admin = await h.a.request<{ cadre: Record<string, unknown> }>(
      `query ($id: ID!) { cadre(id: $id) { name sanctions { reason } restrictions { restriction } } }`,
      { id },
    );
    expect(admin.data?.cadre).toEqual({ name: '周密', sanctions: null, restrictions: null });
    expect(admin.errors?.map((e) => e.extensions?.code)).toEqual([
      'CORE_FORBIDDEN',
      'CORE_FORBIDDEN',
    ]);
    expect(JSON.stringify(admin)).not.toContain('八项规定');

    const before = await written();
    const write = await mutate(h.a, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('SUPERVISION_REMINDER', '2025-06-10', '2025-06-10'),
    });
    expect(write).toMatchObject({ __typename: 'ForbiddenError', code: 'CORE_FORBIDDEN' });
    const filter = await h.a.request(
      `{ cadres(filter: { underInfluenceOn: "2025-07-01" }) { totalCount } }`,
    );
    expect(filter.errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');
    expect(await written()).toEqual(before);

    // The department leader reads them, and cannot write them.
    const read = await leader.data<{ cadre: { sanctions: { kind: string }[] } }>(
      `query ($id: ID!) { cadre(id: $id) { sanctions { kind } } }`,
      { id },
    );
    expect(read.cadre.sanctions).toEqual([{ kind: 'SUPERVISION_ADMONISHMENT' }]);
    const leaderWrite = await mutate(leader, 'addCadreSanction', ADD_SANCTION, {
      cadreId: id,
      input: sanction('SUPERVISION_REMINDER', '2025-06-10', '2025-06-10'),
    });
    expect(leaderWrite).toMatchObject({ __typename: 'ForbiddenError', code: 'CORE_FORBIDDEN' });
  });
});

describe('influence periods', () => {
  const units = {} as { influence: string };
  const ids = {} as Record<'overlap' | 'suspended' | 'reminded' | 'revoked' | 'free', string>;

  beforeAll(async () => {
    units.influence = await createUnit(h.a, { code: 'INF', name: '影响期测试局' });
    const make = (name: string) => cadreId(h.a, cadreInput(units.influence, { name }));
    ids.overlap = await make('吴叠');
    ids.suspended = await make('郑停');
    ids.reminded = await make('冯醒');
    ids.revoked = await make('陈撤');
    ids.free = await make('褚清');
    const add = async (cadre: string, input: Record<string, unknown>) =>
      defined(
        (await mutate(section, 'addCadreSanction', ADD_SANCTION, { cadreId: cadre, input })).data,
      ).id;
    await add(ids.overlap, sanction('ADMIN_MAJOR_DEMERIT', '2025-02-20', '2025-03-01'));
    await add(ids.overlap, sanction('SUPERVISION_ADMONISHMENT', '2025-06-10', '2025-06-10'));
    await add(ids.suspended, sanction('HANDLING_SUSPENSION', '2025-01-01', '2025-01-01'));
    await add(ids.reminded, sanction('SUPERVISION_REMINDER', '2025-05-01', '2025-05-01'));
    const revoked = await add(ids.revoked, sanction('ADMIN_DEMERIT', '2025-04-01', '2025-04-01'));
    await mutate(section, 'revokeCadreSanction', '$id: ID!, $reason: String!', {
      id: revoked,
      reason: '复查撤销原处分',
    });
  });

  const restrictionsOn = async (on: string | null) => {
    const { cadre } = await section.data<{ cadre: { restrictions: Record<string, unknown>[] } }>(
      `query ($id: ID!, $on: Date) { cadre(id: $id) { restrictions(on: $on) {
        restriction from until sanction { kind } explanationZh sourceZh explanationEn } } }`,
      { id: ids.overlap, on },
    );
    return cadre.restrictions;
  };

  it('answers a 记大过 and a 诫勉 together before, within and after their periods', async () => {
    expect(await restrictionsOn('2025-02-28')).toEqual([]);
    const within = await restrictionsOn('2025-07-01');
    expect(
      within.map((r) => [r.restriction, r.from, r.until, (r.sanction as { kind: string }).kind]),
    ).toEqual([
      ['NO_PROMOTION', '2025-03-01', '2026-09-01', 'ADMIN_MAJOR_DEMERIT'],
      ['NO_IMPORTANT_POST', '2025-06-10', '2025-12-10', 'SUPERVISION_ADMONISHMENT'],
      // Both bar 评优 to the year's end: the earlier governs.
      ['NO_EXCELLENT_GRADE', '2025-03-01', '2025-12-31', 'ADMIN_MAJOR_DEMERIT'],
    ]);
    expect(within[0]?.sourceZh).toContain('公职人员政务处分法');
    expect(within[0]?.explanationZh).toContain('记大过');
    expect(within[0]?.explanationEn).toContain('2026-09-01');
    expect((await restrictionsOn('2026-01-15')).map((r) => r.restriction)).toEqual([
      'NO_PROMOTION',
    ]);
    expect((await restrictionsOn('2026-09-01')).map((r) => r.restriction)).toEqual([
      'NO_PROMOTION',
    ]);
    expect(await restrictionsOn('2026-09-02')).toEqual([]);
  });

  it('defaults to today in China, where an open-ended measure still binds', async () => {
    const { cadre } = await section.data<{
      cadre: { restrictions: { restriction: string; until: null }[]; sanctions: unknown[] };
    }>(
      `query ($id: ID!) { cadre(id: $id) { restrictions { restriction until } sanctions { restrictionOpenEnded } } }`,
      { id: ids.suspended },
    );
    expect(cadre).toEqual({
      restrictions: [{ restriction: 'NO_PROMOTION', until: null }],
      sanctions: [{ restrictionOpenEnded: true }],
    });
  });

  it('filters the registry by influence on a day, and audits each cadre read once a request', async () => {
    const names = async (on: string) => {
      const { cadres } = await section.data<{
        cadres: { totalCount: number; edges: { node: { name: string } }[] };
      }>(
        `query ($unit: ID!, $on: Date!) { cadres(filter: { unitId: $unit, underInfluenceOn: $on }) {
          totalCount edges { node { name } } } }`,
        { unit: units.influence, on },
      );
      expect(cadres.totalCount).toBe(cadres.edges.length);
      return cadres.edges.map((e) => e.node.name).sort();
    };
    expect(await names('2025-07-01')).toEqual(['吴叠', '郑停'].sort());
    expect(await names('2026-09-02')).toEqual(['郑停']);
    expect(await names('2024-12-31')).toEqual([]);

    const reads = () =>
      h.db.asOwner((tx) => tx.auditRecord.count({ where: { operation: 'cadre.read-sanctions' } }));
    const before = await reads();
    const { cadres } = await section.data<{ cadres: { edges: unknown[] } }>(
      `query ($unit: ID!) { cadres(filter: { unitId: $unit }) { edges { node {
        sanctions(includeRevoked: true) { kind revisions { action } }
        restrictions(on: "2025-07-01") { restriction }
        late: restrictions { restriction } } } } }`,
      { unit: units.influence },
    );
    expect(cadres.edges).toHaveLength(5);
    expect(await reads()).toBe(before + 5);
  });

  it('shows a revoked sanction only when asked, restricting nothing', async () => {
    const { cadre } = await section.data<{ cadre: Record<string, unknown> }>(
      `query ($id: ID!) { cadre(id: $id) { sanctions { id } all: sanctions(includeRevoked: true) {
        revokeReason restrictedUntil restrictions { restriction } revisions { action before } } restrictions(on: "2025-05-01") { restriction } } }`,
      { id: ids.revoked },
    );
    expect(cadre).toEqual({
      sanctions: [],
      all: [
        {
          revokeReason: '复查撤销原处分',
          restrictedUntil: null,
          restrictions: [],
          revisions: [
            {
              action: 'REVOKE',
              before: expect.objectContaining({ restrictedUntil: '2026-04-01', revokedAt: null }),
            },
          ],
        },
      ],
      restrictions: [],
    });
  });
});

describe('annual grades', () => {
  const SET = '$cadreId: ID!, $year: Int!, $grade: AnnualGrade!, $note: String, $reason: String';

  it('enters a year freely, and changes a recorded year only with a reason', async () => {
    const id = await newCadre('卫考', { workStartDate: '2007-07-01' });
    const set = (year: number, grade: string, reason: string | null = null) =>
      mutate<{ year: number; grade: string }>(
        h.a,
        'setAnnualGrade',
        SET,
        { cadreId: id, year, grade, reason },
        'id year grade',
      );
    expect((await set(2023, 'COMPETENT')).data).toMatchObject({ year: 2023, grade: 'COMPETENT' });
    await set(2024, 'EXCELLENT');

    const before = await written();
    const noReason = await set(2023, 'EXCELLENT');
    expect(noReason.issues?.map((i) => [i.path, i.code])).toEqual([['reason', 'REASON_REQUIRED']]);
    const early = await set(2006, 'COMPETENT');
    const late = await set(todayInChina().getUTCFullYear() + 1, 'COMPETENT');
    for (const refused of [early, late])
      expect(refused.issues?.map((i) => [i.path, i.code])).toEqual([['year', 'YEAR_OUT_OF_RANGE']]);
    expect(await written()).toEqual(before);

    const changed = await set(2023, 'EXCELLENT', '年度考核复核改定');
    expect(changed.data).toMatchObject({ grade: 'EXCELLENT' });
    const event = await h.db.asOwner((tx) =>
      tx.outboxEvent.findMany({
        where: { type: 'core.annual-grade.recorded' },
        orderBy: { createdAt: 'asc' },
      }),
    );
    expect(event.at(-1)?.payload).toEqual({ cadreId: rowId(id), year: 2023 });

    const { cadre } = await h.a.data<{
      cadre: {
        annualGrades: {
          id: string;
          year: number;
          grade: string;
          source: string;
          revisions: { reason: string; before: { grade: string } }[];
        }[];
      };
    }>(
      `query ($id: ID!) { cadre(id: $id) { annualGrades { id year grade source revisions { reason before } } } }`,
      { id },
    );
    expect(cadre.annualGrades.map((g) => [g.year, g.grade, g.source])).toEqual([
      [2023, 'EXCELLENT', 'core'],
      [2024, 'EXCELLENT', 'core'],
    ]);
    expect(cadre.annualGrades[0]?.revisions).toEqual([
      { reason: '年度考核复核改定', before: expect.objectContaining({ grade: 'COMPETENT' }) },
    ]);

    const removed = await mutate(
      h.a,
      'removeAnnualGrade',
      '$id: ID!, $reason: String!',
      { id: cadre.annualGrades[1]?.id, reason: '误录' },
      null,
    );
    expect(removed.__typename).toBe('MutationRemoveAnnualGradeSuccess');
    const revision = await h.db.asOwner((tx) =>
      tx.archiveRecordRevision.findFirst({
        where: { recordType: 'CadreAnnualGrade', action: 'REVOKE' },
      }),
    );
    expect(revision).toMatchObject({
      reason: '误录',
      before: expect.objectContaining({ year: 2024, grade: 'EXCELLENT' }),
    });
  });
});

describe('family members', () => {
  const INPUT = '$cadreId: ID!, $input: FamilyMemberInput!';

  it('adds members in order, corrects with a reason and removes one, keeping revisions', async () => {
    const id = await newCadre('蒋家');
    const add = async (input: Record<string, unknown>) =>
      defined((await mutate(h.a, 'addFamilyMember', INPUT, { cadreId: id, input })).data).id;
    const wife = await add({
      relation: '妻子',
      name: '韩梅',
      birthDate: '1986-04-02',
      politicalStatus: 'CPC_MEMBER',
      workUnitAndPost: '区第一中学教师',
    });
    await add({ relation: '儿子', name: '蒋小明', birthDate: '2012-09-01' });
    await add({ relation: '舅舅', name: '韩强', socialRelation: true, sortOrder: 0 });
    const bad = await mutate(h.a, 'addFamilyMember', INPUT, {
      cadreId: id,
      input: { relation: '', name: '韩', birthDate: tomorrow },
    });
    expect(bad.issues?.map((i) => i.path).sort()).toEqual(['input.name', 'input.relation']);

    const corrected = await mutate<{ workUnitAndPost: string }>(
      h.a,
      'correctFamilyMember',
      '$id: ID!, $input: FamilyMemberInput!, $reason: String!',
      {
        id: wife,
        input: {
          relation: '妻子',
          name: '韩梅',
          birthDate: '1986-04-02',
          workUnitAndPost: '区教育局干部',
        },
        reason: '工作单位变动',
      },
      'workUnitAndPost',
    );
    expect(corrected.data).toEqual({ workUnitAndPost: '区教育局干部' });
    const { cadre } = await h.a.data<{
      cadre: {
        familyMembers: {
          id: string;
          relation: string;
          socialRelation: boolean;
          revisions: { reason: string }[];
        }[];
      };
    }>(
      `query ($id: ID!) { cadre(id: $id) { familyMembers { id relation socialRelation revisions { reason } } } }`,
      { id },
    );
    expect(
      cadre.familyMembers.map((m) => [m.relation, m.socialRelation, m.revisions.length]),
    ).toEqual([
      ['妻子', false, 1],
      ['儿子', false, 0],
      ['舅舅', true, 0],
    ]);
    const removed = await mutate(
      h.a,
      'removeFamilyMember',
      '$id: ID!, $reason: String!',
      { id: cadre.familyMembers[2]?.id, reason: '非重要社会关系' },
      null,
    );
    expect(removed.__typename).toBe('MutationRemoveFamilyMemberSuccess');
    const after = await h.a.data<{ cadre: { familyMembers: unknown[] } }>(
      `query ($id: ID!) { cadre(id: $id) { familyMembers { id } } }`,
      { id },
    );
    expect(after.cadre.familyMembers).toHaveLength(2);
    expect(await auditCount(h)).toBeGreaterThan(0);
  });
});

describe('nested archive lists under a page of cadres', () => {
  const counting = useCountingGateway(testPlugins, 60);
  /** The first cadres of the registry's order, with records of each kind written here. */
  let ours: string[] = [];

  /** The archive's lists of every cadre of a page, with the revisions under them. */
  const page = (first: number) => `{ cadres(first: ${first}) { edges { node { id name
    rewards(includeRevoked: true) { title revisions { reason revisedBy { username } } }
    annualGrades { year grade revisions { reason } }
    familyMembers { name revisions { reason } }
    posts { rank } } } } }`;

  beforeAll(async () => {
    const { cadres } = await counting.client.data<{
      cadres: { edges: { node: { id: string } }[] };
    }>('{ cadres(first: 3) { edges { node { id } } } }');
    ours = cadres.edges.map((e) => e.node.id);
    const reward = {
      kind: 'COMMENDATION',
      title: '年度嘉奖',
      decisionDate: '2024-01-20',
      issuingBody: '区委区政府',
    };
    for (const cadreId of ours) {
      const added = await mutate(
        counting.client,
        'addCadreReward',
        '$cadreId: ID!, $input: CadreRewardInput!',
        { cadreId, input: reward },
      );
      const written = [
        await mutate(
          counting.client,
          'correctCadreReward',
          '$id: ID!, $input: CadreRewardInput!, $reason: String!',
          {
            id: defined(added.data).id,
            input: { ...reward, title: '2023年度嘉奖' },
            reason: '名称更正',
          },
        ),
        // With a reason, whether or not the demo data holds the year already.
        await mutate(
          counting.client,
          'setAnnualGrade',
          '$cadreId: ID!, $year: Int!, $grade: AnnualGrade!, $reason: String',
          { cadreId, year: 2025, grade: 'EXCELLENT', reason: '考核结果补录' },
        ),
        await mutate(
          counting.client,
          'addFamilyMember',
          '$cadreId: ID!, $input: FamilyMemberInput!',
          { cadreId, input: { relation: '配偶', name: '李华' } },
        ),
      ];
      for (const result of written) expect(result.data).toBeDefined();
    }
  }, 120_000);

  it('reads each list in one statement whatever the page size', async () => {
    const statements = async (first: number) => {
      const { result, statements } = await counting.counted(() =>
        counting.client.request(page(first)),
      );
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const [three, fifty] = [await statements(3), await statements(50)];
    expect(fifty.length).toBe(three.length);
    const reading = (table: string) => fifty.filter((s) => s.includes(`"${table}"`)).length;
    expect(['cadre_reward', 'cadre_annual_grade', 'family_member'].map(reading)).toEqual([1, 1, 1]);
    // One per record type's `revisions`, and one for the staff who revised them.
    expect(reading('archive_record_revision')).toBe(3);
    expect(reading('user')).toBe(1);

    const { cadres } = await counting.client.data<{
      cadres: { edges: { node: { id: string } & Record<string, unknown[]> }[] };
    }>(page(50));
    const nodes = cadres.edges.map((e) => e.node).filter((n) => ours.includes(n.id));
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(node.rewards).toContainEqual({
        title: '2023年度嘉奖',
        revisions: [{ reason: '名称更正', revisedBy: { username: 'counted' } }],
      });
      expect(node.annualGrades).toContainEqual(
        expect.objectContaining({ year: 2025, grade: 'EXCELLENT' }),
      );
      expect(node.familyMembers).toContainEqual({ name: '李华', revisions: [] });
    }
  });
});
