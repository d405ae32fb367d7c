import { beforeAll, describe, expect, it } from 'vitest';
import { ok, staffOf, unitWithQuota, useSelectionGateway } from './selection-harness.ts';
import { selectionSteps } from './steps.ts';

// A district without the plugin has none of its schema: its fields are not there to ask for, so a
// query naming them fails validation, before any resolver runs. The data stays for when it is on.

const h = useSelectionGateway();
const LIST = '{ selectionCases { totalCount } }';

beforeAll(async () => {
  const clerk = await staffOf(h, 'clerk', 'cadre-section');
  const unitId = await unitWithQuota(h.a, 'JD20', 1);
  ok(
    await selectionSteps(clerk, clerk).open({
      title: '丙街道办事处副主任人选',
      unitId,
      postTitle: '丙街道办事处副主任',
      targetRank: 'LEADER_SECTION_DEPUTY',
      adjustmentType: 'PROMOTION',
      analysisNote: '缺配副职',
    }),
  );
});

const validationFailed = async (client: typeof h.a, query: string) => {
  const response = await client.request(query);
  expect(response.data).toBeUndefined();
  expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
};

describe('switching the plugin', () => {
  it('serves its schema where it is on', async () => {
    expect(await h.a.data(LIST)).toEqual({ selectionCases: { totalCount: 1 } });
  });

  it('has no selection field at all where it is off', async () => {
    await validationFailed(h.b, LIST);
    await validationFailed(
      h.b,
      '{ cadres(first: 1) { edges { node { selectionCases { id } } } } }',
    );
    const { permissions } = await h.b.data<{ permissions: { key: string }[] }>(
      '{ permissions { key } }',
    );
    // Roles may still be given its permissions; they take effect when the plugin is on.
    expect(permissions.map((p) => p.key)).toContain('selection.case.read');
  });

  it('takes the schema away at the next request when disabled, and gives it back with the data', async () => {
    await h.a.data('mutation { disablePlugin(pluginId: "selection") { __typename } }');
    await validationFailed(h.a, LIST);
    await h.a.data('mutation { enablePlugin(pluginId: "selection") { __typename } }');
    expect(await h.a.data(LIST)).toEqual({ selectionCases: { totalCount: 1 } });
  });
});
