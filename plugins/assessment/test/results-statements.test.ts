import { todayInChina } from '@cadre/core';
import { cadreId, cadreInput, createUnit } from '@cadre/testing';
import { useCountingGateway } from '@cadre/testing/gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentPlugin } from '../src/index.ts';
import { concludedRound, succeed } from './results-harness.ts';

// The results pages' nested lists read in a constant number of statements, however many cadres a
// unit has: each cadre's results with their round, unit and consequences, and their quarters.

const h = useCountingGateway([assessmentPlugin], 60);
const YEAR = todayInChina().getUTCFullYear();

const RESULT = `round { id title kindLabel participantCount } cadre { name } unit { name }
  grade total rank outOf explanation consequences { kindLabel pending statusLabel }`;

const unitQuery = (unitId: string) =>
  `{ unitAssessmentResults(unitId: "${unitId}", year: ${YEAR}) { unit { name }
    rounds { id title participantCount }
    cadres { cadre { name } dailyScore results { ${RESULT} }
      quarters { quarter grade score evaluatorName unit { name } } }
    indicatorStanding { score } consequences { kindLabel } } }`;

const recordQuery = (cadre: string) =>
  `{ cadreAssessmentRecord(cadreId: "${cadre}") { years { year dailyScore results { ${RESULT} }
    quarters { quarter grade } } openDeductions { points unit { name } } } }`;

async function statementsFor(query: string) {
  const { result, statements } = await h.counted(() => h.client.request(query));
  expect(result.errors).toBeUndefined();
  return statements.length;
}

const units: Record<'small' | 'large', string> = { small: '', large: '' };
const cadres: string[] = [];

beforeAll(async () => {
  const parent = await createUnit(h.client, { code: 'TJ00', name: '统计测试委' });
  units.small = await createUnit(h.client, {
    code: 'TJ01',
    name: '统计测试一科',
    parentId: parent,
  });
  units.large = await createUnit(h.client, {
    code: 'TJ02',
    name: '统计测试二科',
    parentId: parent,
  });
  const scores: Record<string, number> = {};
  const sizes = { small: 2, large: 6 };
  for (const [unit, size] of Object.entries(sizes) as ['small' | 'large', number][]) {
    for (let i = 0; i < size; i += 1) {
      const name = `${unit === 'small' ? '甲' : '乙'}测${'一二三四五六'[i]}`;
      scores[name] = 96 - cadres.length * 3;
      const id = await cadreId(
        h.client,
        cadreInput(units[unit], { name, rank: 'PRINCIPAL_STAFF_2', rankSince: '2019-01-01' }),
      );
      cadres.push(id);
      await succeed(
        h.client,
        'recordQuarterlyEvaluation',
        '$c: ID!, $i: QuarterlyEvaluationInput!',
        'cadreId: $c, input: $i',
        { c: id, i: { year: YEAR, quarter: 1, score: 90, grade: 'GOOD' } },
      );
    }
  }
  await concludedRound(
    h.client,
    {
      kind: 'SPECIAL',
      group: 'CIVIL_SERVANTS',
      year: YEAR,
      title: `${YEAR}年度统计专项考核`,
      periodStart: `${YEAR}-01-01`,
      periodEnd: `${YEAR}-03-31`,
      topic: '统计数据质量',
      scopeUnitId: parent,
    },
    scores,
  );
}, 300_000);

describe('results in constant statements', () => {
  it('reads a unit of six cadres as one of two', async () => {
    const small = await statementsFor(unitQuery(units.small));
    expect(await statementsFor(unitQuery(units.large))).toBe(small);
    // One read per kind of row (about fifteen, each with its commit on PGlite), none per cadre.
    expect(small).toBeLessThanOrEqual(32);
  });

  it('reads a cadre’s record in a fixed number of statements', async () => {
    const first = await statementsFor(recordQuery(cadres[0] ?? ''));
    expect(await statementsFor(recordQuery(cadres[5] ?? ''))).toBe(first);
    expect(first).toBeLessThanOrEqual(20);
  });
});
