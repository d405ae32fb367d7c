import {
  createUnit,
  type GraphQLClient,
  mutate as mutateWith,
  type MutationResult,
  ok,
  refusedUnchanged,
  rowId,
} from '@cadre/testing';
import { staffOf, staffWith, useGateway } from '@cadre/testing/gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentPlugin } from '../src/index.ts';
import { unitScoresOf } from '../src/server/unit-scores.ts';

// 指标体系 over HTTP: sets per unit category and year, copied from last year's, indicators with
// their rules, the units' results scored by the server, the year closed for good, and the loss
// limit of seed 004 (指标失分超过责任分值20%) at its boundary. Every refusal writes nothing.

const h = useGateway([assessmentPlugin], {}, { a: ['assessment'] });
let office: GraphQLClient;
const units: Record<'first' | 'second' | 'third' | 'organ', string> = {
  first: '',
  second: '',
  third: '',
  organ: '',
};

beforeAll(async () => {
  units.first = await createUnit(h.a, { code: 'JD01', name: '东湖街道', category: 'SUBDISTRICT' });
  units.second = await createUnit(h.a, { code: 'JD02', name: '西湖街道', category: 'SUBDISTRICT' });
  units.third = await createUnit(h.a, { code: 'JD03', name: '南湖街道', category: 'SUBDISTRICT' });
  units.organ = await createUnit(h.a, { code: 'JG01', name: '区发改委' });
  office = await staffOf(h, 'office', 'assessment-office', { displayName: '考核办' });
});

interface SetView {
  id: string;
  year: number;
  unitCategory: string;
  title: string;
  closed: boolean;
  weightTotal: number;
  weightProblems: string[];
  copiedFrom: { id: string } | null;
  indicators: { id: string; name: string; weight: number; scoring: string | null }[];
}

const SET = `id year unitCategory title closed weightTotal weightProblems copiedFrom { id }
  indicators { id name weight scoring }`;
/** Runs an indicator mutation as the assessment office unless `client` is given. */
const mutate = <Data>(
  name: string,
  signature: string,
  args: string,
  selection: string,
  variables: Record<string, unknown>,
  client = office,
) => mutateWith<Data>(client, name, signature, args, selection, variables);

const createSet = (year: number, unitCategory: string, title: string) =>
  mutate<SetView>(
    'createIndicatorSet',
    '$y: Int!, $c: UnitCategory!, $t: String!',
    'year: $y, unitCategory: $c, title: $t',
    SET,
    { y: year, c: unitCategory, t: title },
  );

const saveIndicator = (setId: string, input: Record<string, unknown>, id?: string) =>
  mutate<SetView>(
    'saveIndicator',
    '$s: ID!, $id: ID, $input: IndicatorInput!',
    'setId: $s, id: $id, input: $input',
    SET,
    { s: setId, id: id ?? null, input },
  );

const removeIndicator = (id: string) =>
  mutate<SetView>('removeIndicator', '$id: ID!', 'id: $id', SET, { id });

const copySet = (fromSetId: string, toYear: number) =>
  mutate<SetView>('copyIndicatorSet', '$f: ID!, $y: Int!', 'fromSetId: $f, toYear: $y', SET, {
    f: fromSetId,
    y: toYear,
  });

const closeYear = (year: number) =>
  mutate<SetView[]>('closeIndicatorYear', '$y: Int!', 'year: $y', SET, { y: year });

const record = (indicatorId: string, unitId: string, value: number, outOf?: number) =>
  mutate<{ points: number; value: number; outOf: number | null }>(
    'recordUnitIndicatorResult',
    '$i: ID!, $u: ID!, $v: Float!, $o: Int',
    'indicatorId: $i, unitId: $u, value: $v, outOf: $o',
    'points value outOf',
    { i: indicatorId, u: unitId, v: value, o: outOf ?? null },
  );

interface Standing {
  unit: { id: string; name: string };
  responsibility: number;
  score: number;
  loss: number;
  lossShare: number;
  exceedsLimit: boolean;
}

async function summary(year: number) {
  const { unitIndicatorSummary } = await office.data<{
    unitIndicatorSummary: { lossLimit: number; units: Standing[] };
  }>(
    `query ($y: Int!) { unitIndicatorSummary(year: $y) { lossLimit
      units { unit { id name } responsibility score loss lossShare exceedsLimit } } }`,
    { y: year },
  );
  return unitIndicatorSummary;
}

/** Everything a refused write could have changed: the audit chain and the plugin's rows. */
const writes = () =>
  h.db.asOwner(async (tx) => ({
    audit: await tx.auditRecord.count(),
    sets: await tx.indicatorSet.findMany({ orderBy: { id: 'asc' } }),
    indicators: await tx.indicator.findMany({ orderBy: { id: 'asc' } }),
    results: await tx.unitIndicatorResult.findMany({ orderBy: { id: 'asc' } }),
  }));

const refusedWithoutWrites = (code: string, attempt: () => Promise<MutationResult<unknown>>) =>
  refusedUnchanged(writes, code, attempt);

const GDP = {
  category: 'ECONOMIC',
  name: '地区生产总值增长',
  weight: 40,
  scoring: 'TARGET_RATIO',
  target: 8,
};
const INVESTMENT = { category: 'ECONOMIC', name: '招商引资排名', weight: 30, scoring: 'RANKING' };
const PARTY = {
  category: 'PARTY_BUILDING',
  name: '基层党建',
  weight: 30,
  scoring: 'LEVELS',
  levelShares: [1, 0.8, 0.6, 0],
};
const CONDUCT = {
  category: 'INTEGRITY',
  name: '作风及效能建设',
  directDeduction: true,
  maxDeduction: 5,
};

describe('the indicator library of a year', () => {
  let set: SetView;
  const id = (name: string) =>
    set.indicators.find((i) => i.name === name)?.id ?? expect.unreachable(name);

  it('creates one set per unit category and year', async () => {
    set = ok(await createSet(2025, 'SUBDISTRICT', '2025年度街道考核指标'));
    expect(set).toMatchObject({ year: 2025, closed: false, weightTotal: 0, indicators: [] });
    await refusedWithoutWrites('ASSESSMENT_INDICATOR_SET_EXISTS', () =>
      createSet(2025, 'SUBDISTRICT', '另一套'),
    );
  });

  it('adds indicators with their rules, showing the weights’ sum as it grows', async () => {
    set = ok(await saveIndicator(set.id, GDP));
    expect(set.weightProblems).toEqual(['考核指标的权重合计应为100%，现为40%']);
    set = ok(await saveIndicator(set.id, INVESTMENT));
    set = ok(await saveIndicator(set.id, PARTY));
    set = ok(await saveIndicator(set.id, CONDUCT));
    expect(set.weightTotal).toBe(100);
    expect(set.weightProblems).toEqual([]);
    expect(set.indicators.map((i) => [i.name, i.weight, i.scoring])).toEqual([
      ['地区生产总值增长', 40, 'TARGET_RATIO'],
      ['招商引资排名', 30, 'RANKING'],
      ['基层党建', 30, 'LEVELS'],
      // 直接扣分项: no weight, no scoring rule.
      ['作风及效能建设', 0, null],
    ]);
  });

  it('refuses a rule without what it needs, and a name the set has', async () => {
    const noTarget = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      saveIndicator(set.id, { ...GDP, name: '财政收入', target: null }),
    );
    expect(noTarget.issues?.map((i) => i.path)).toEqual(['input.target']);
    const taken = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      saveIndicator(set.id, { ...GDP, weight: 10 }),
    );
    expect(taken.issues?.map((i) => i.path)).toEqual(['input.name']);
  });

  it('is not for someone who may only read it', async () => {
    const reader = await staffWith(h, 'reader', ['assessment.indicator.read']);
    const attempt = () =>
      mutate(
        'saveIndicator',
        '$s: ID!, $input: IndicatorInput!',
        'setId: $s, input: $input',
        'id',
        { s: set.id, input: { ...GDP, name: '税收收入' } },
        reader,
      );
    await refusedWithoutWrites('CORE_FORBIDDEN', attempt);
  });

  it('scores each unit’s achievement by the rule, replacing what was recorded', async () => {
    expect(ok(await record(id('地区生产总值增长'), units.first, 6))).toMatchObject({ points: 30 });
    expect(ok(await record(id('地区生产总值增长'), units.first, 9))).toMatchObject({ points: 40 });
    expect(ok(await record(id('招商引资排名'), units.first, 1, 3))).toMatchObject({ points: 30 });
    expect(ok(await record(id('基层党建'), units.first, 1))).toMatchObject({ points: 24 });
    // A rule that reads no rank keeps none.
    expect(ok(await record(id('作风及效能建设'), units.first, 0, 3))).toMatchObject({
      points: 0,
      outOf: null,
    });
  });

  it('refuses an impossible achievement, and a unit of another category', async () => {
    const rank = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      record(id('招商引资排名'), units.second, 4, 3),
    );
    expect(rank.issues?.map((i) => i.messageZh)).toEqual(['招商引资排名：名次应为1至3的整数']);
    await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      record(id('地区生产总值增长'), units.second, -1),
    );
    await refusedWithoutWrites('ASSESSMENT_UNIT_CATEGORY_MISMATCH', () =>
      record(id('地区生产总值增长'), units.organ, 8),
    );
  });

  it('flags a unit whose loss exceeds 20% of its responsibility score, not one at exactly 20%', async () => {
    // 西湖街道: 40 + 15 (2nd of 3) + 30 (best level) = 85 earned, 5 deducted: a loss of exactly 20.
    ok(await record(id('地区生产总值增长'), units.second, 8));
    ok(await record(id('招商引资排名'), units.second, 2, 3));
    ok(await record(id('基层党建'), units.second, 0));
    ok(await record(id('作风及效能建设'), units.second, 7));
    // 南湖街道: the same but 99.95% of the GDP target (39.98 points): a loss of 20.02.
    ok(await record(id('地区生产总值增长'), units.third, 7.996));
    ok(await record(id('招商引资排名'), units.third, 2, 3));
    ok(await record(id('基层党建'), units.third, 0));
    ok(await record(id('作风及效能建设'), units.third, 5));
    const { lossLimit, units: standings } = await summary(2025);
    expect(lossLimit).toBe(20);
    expect(
      standings.map((s) => [
        s.unit.name,
        s.responsibility,
        s.score,
        s.loss,
        s.lossShare,
        s.exceedsLimit,
      ]),
    ).toEqual([
      ['东湖街道', 100, 94, 6, 6, false],
      ['西湖街道', 100, 80, 20, 20, false],
      ['南湖街道', 100, 79.98, 20.02, 20.02, true],
    ]);
  });

  it('rescores the results recorded when a rule changes', async () => {
    set = ok(await saveIndicator(set.id, { ...GDP, target: 10 }, id('地区生产总值增长')));
    const { units: standings } = await summary(2025);
    // 东湖街道 9 of 10 now: 36 points instead of 40.
    expect(standings.find((s) => s.unit.name === '东湖街道')?.score).toBe(90);
    set = ok(await saveIndicator(set.id, GDP, id('地区生产总值增长')));
    // The levels recorded on 基层党建 are no ranks: there is no count of units ranked.
    await refusedWithoutWrites('ASSESSMENT_INDICATOR_RESULTS_CONFLICT', () =>
      saveIndicator(set.id, { ...PARTY, scoring: 'RANKING' }, id('基层党建')),
    );
  });

  it('gives the round engine each unit’s result, absent where nothing was scored', async () => {
    const scores = await h.db.transaction(h.tenants.a.id, (tx) =>
      unitScoresOf(
        tx,
        h.tenants.a.id,
        2025,
        Object.values(units).map((u) => rowId(u)),
      ),
    );
    expect([...scores.keys()].sort()).toEqual(
      [units.first, units.second, units.third].map((u) => rowId(u)).sort(),
    );
    expect(scores.get(rowId(units.second))).toEqual({
      responsibility: 100,
      earned: 85,
      deducted: 5,
      score: 80,
      loss: 20,
      lossShare: 20,
    });
  });
});

describe('closing a year', () => {
  let organSet: SetView;

  it('is refused while a set’s weights do not sum to 100%, writing nothing', async () => {
    organSet = ok(await createSet(2025, 'PARTY_GOVERNMENT_ORGAN', '2025年度区直机关考核指标'));
    organSet = ok(await saveIndicator(organSet.id, { ...GDP, weight: 60 }));
    const refusal = await refusedWithoutWrites('ASSESSMENT_INDICATOR_WEIGHTS', () =>
      closeYear(2025),
    );
    expect(refusal.messageZh).toBe('2025年度区直机关考核指标：考核指标的权重合计应为100%，现为60%');
  });

  it('closes every set of the year once the weights sum to 100%', async () => {
    const gdp = organSet.indicators[0]?.id ?? expect.unreachable('indicator');
    ok(await saveIndicator(organSet.id, { ...GDP, weight: 100 }, gdp));
    const closed = ok(await closeYear(2025));
    expect(closed.map((s) => [s.title, s.closed])).toEqual([
      ['2025年度区直机关考核指标', true],
      ['2025年度街道考核指标', true],
    ]);
    organSet = closed[0] ?? expect.unreachable('set');
  });

  it('never changes a closed year: sets, indicators, results, new sets', async () => {
    const { indicatorSets } = await office.data<{ indicatorSets: SetView[] }>(
      `query { indicatorSets(year: 2025) { ${SET} } }`,
    );
    const streets = indicatorSets.find((s) => s.unitCategory === 'SUBDISTRICT');
    const gdp = streets?.indicators[0]?.id ?? expect.unreachable('indicator');
    const closedSet = streets?.id ?? expect.unreachable('set');
    for (const attempt of [
      () => saveIndicator(closedSet, { ...GDP, name: '财政收入', weight: 10 }),
      () => saveIndicator(closedSet, { ...GDP, weight: 35 }, gdp),
      () => removeIndicator(gdp),
      () => record(gdp, units.first, 5),
      () => createSet(2025, 'TOWNSHIP', '2025年度乡镇考核指标'),
      () => closeYear(2025),
    ]) {
      await refusedWithoutWrites('ASSESSMENT_YEAR_CLOSED', attempt);
    }
  });
});

describe('the next year', () => {
  let last: SetView;
  let next: SetView;

  beforeAll(async () => {
    const { indicatorSets } = await office.data<{ indicatorSets: SetView[] }>(
      `query { indicatorSets(year: 2025) { ${SET} } }`,
    );
    last = indicatorSets.find((s) => s.unitCategory === 'SUBDISTRICT') ?? expect.unreachable('set');
  });

  it('starts as a copy of last year’s set, indicators and all, without results', async () => {
    next = ok(await copySet(last.id, 2026));
    expect(next).toMatchObject({
      year: 2026,
      unitCategory: 'SUBDISTRICT',
      title: '2026年度街道考核指标',
      closed: false,
      weightTotal: 100,
      copiedFrom: { id: last.id },
    });
    expect(next.indicators.map((i) => i.name)).toEqual(last.indicators.map((i) => i.name));
    expect((await summary(2026)).units).toEqual([]);
  });

  it('is copied once, and never into a closed year', async () => {
    await refusedWithoutWrites('ASSESSMENT_INDICATOR_SET_EXISTS', () => copySet(last.id, 2026));
    await refusedWithoutWrites('ASSESSMENT_YEAR_CLOSED', () => copySet(next.id, 2025));
  });

  it('changes without touching last year’s', async () => {
    const investment = next.indicators.find((i) => i.name === '招商引资排名');
    next = ok(await removeIndicator(investment?.id ?? expect.unreachable('indicator')));
    expect(next.weightTotal).toBe(70);
    const { indicatorSet } = await office.data<{ indicatorSet: SetView }>(
      `query ($id: ID!) { indicatorSet(id: $id) { ${SET} } }`,
      { id: last.id },
    );
    expect(indicatorSet.indicators).toHaveLength(4);
  });
});

describe('a district without the plugin', () => {
  it('has none of its fields', async () => {
    for (const query of [
      '{ indicatorSets(year: 2025) { id } }',
      '{ unitIndicatorSummary(year: 2025) { lossLimit } }',
    ]) {
      const response = await h.b.request(query);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
