import { beforeAll, describe, expect, it } from 'vitest';
import { ok, roundSteps, staffOf, useAssessmentGateway } from './round-harness.ts';

// A district without the plugin has none of its schema: its fields are not there to ask for, so a
// query naming them fails validation, before any resolver runs; the shell mounts its pages only
// where the district enables it. The data stays for when it is on again.

const h = useAssessmentGateway();
const LIST = '{ assessmentRounds { totalCount } }';

beforeAll(async () => {
  const office = await staffOf(h, 'office', 'assessment-office');
  ok(
    await roundSteps(office).open({
      kind: 'ANNUAL',
      group: 'LEADERS',
      year: 2025,
      title: '2025年度区管领导干部年度考核',
    }),
  );
});

const validationFailed = async (client: typeof h.a, query: string) => {
  const response = await client.request(query);
  expect(response.data).toBeUndefined();
  expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
};

const enabled = async (client: typeof h.a) => {
  const { district } = await client.data<{
    district: { plugins: { pluginId: string; enabled: boolean }[] };
  }>('{ district { plugins { pluginId enabled } } }');
  return district.plugins.find((p) => p.pluginId === 'assessment')?.enabled ?? false;
};

describe('switching the plugin', () => {
  it('serves its schema where it is on', async () => {
    expect(await h.a.data(LIST)).toEqual({ assessmentRounds: { totalCount: 1 } });
    expect(await enabled(h.a)).toBe(true);
  });

  it('has no assessment field at all where it is off', async () => {
    expect(await enabled(h.b)).toBe(false);
    await validationFailed(h.b, LIST);
    await validationFailed(h.b, '{ assessmentGradeDistribution { year } }');
    await validationFailed(h.b, '{ indicatorSets(year: 2025) { id } }');
    await validationFailed(
      h.b,
      'mutation { openAssessmentRound(input: { kind: ANNUAL, group: LEADERS, year: 2025, title: "x" }) { __typename } }',
    );
    const { permissions } = await h.b.data<{ permissions: { key: string }[] }>(
      '{ permissions { key } }',
    );
    // Roles may still be given its permissions; they take effect when the plugin is on.
    expect(permissions.map((p) => p.key)).toContain('assessment.round.read');
  });

  it('takes the schema away at the next request when disabled, and gives it back with the data', async () => {
    await h.a.data('mutation { disablePlugin(pluginId: "assessment") { __typename } }');
    expect(await enabled(h.a)).toBe(false);
    await validationFailed(h.a, LIST);
    await validationFailed(h.a, '{ assessmentGradeDistribution { year } }');
    await h.a.data('mutation { enablePlugin(pluginId: "assessment") { __typename } }');
    expect(await h.a.data(LIST)).toEqual({ assessmentRounds: { totalCount: 1 } });
  });
});
