import { describe, expect, it } from 'vitest';
import { createUser } from '@cadre/core';
import { cadreId, cadreInput, createUnit } from '@cadre/testing';
import { TEST_PASSWORD, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// A full ID number is read only with its own permission, and every such read is audited: the
// audit trail and the event payloads must not be a way around that.
const h = useGateway(testPlugins);

const ID_NUMBER = '320102198503121234';
const MASKED = '3201**********1234';

describe('sensitive fields in audit records and events', () => {
  it('keeps full ID numbers out of the trail an auditor reads, whoever wrote them', async () => {
    const unit = await createUnit(h.a, { code: 'SENS-U', name: '敏感字段单位' });
    const id = await cadreId(h.a, cadreInput(unit, { idNumber: ID_NUMBER }));
    // An editor without the ID-number permission clears the field, then looks for the old value.
    const update = await h.a.data<{ updateCadre: { __typename: string } }>(
      `mutation ($id: ID!) { updateCadre(id: $id, input: { idNumber: null }) { __typename } }`,
      { id },
    );
    expect(update.updateCadre.__typename).toBe('MutationUpdateCadreSuccess');

    await createUser(
      h.db,
      { label: 'operator', userId: null },
      {
        districtCode: h.tenants.a.code,
        username: 'auditor.a',
        displayName: '审计员',
        password: TEST_PASSWORD,
        roleKeys: ['auditor'],
      },
    );
    const auditor = await h.anonymous.login('auditor.a', TEST_PASSWORD);
    const trail = await auditor.data<{
      auditRecords: { edges: { node: { operation: string; changes: Record<string, unknown> } }[] };
    }>(`{ auditRecords(first: 50, targetType: "Cadre") { edges { node { operation changes } } } }`);
    const changes = trail.auditRecords.edges.map((e) => e.node);
    expect(changes.map((c) => c.operation).sort()).toEqual(['cadre.create', 'cadre.update']);
    expect(changes.find((c) => c.operation === 'cadre.update')?.changes.idNumber).toEqual([
      MASKED,
      null,
    ]);
    expect(changes.find((c) => c.operation === 'cadre.create')?.changes.idNumber).toEqual([
      null,
      MASKED,
    ]);
    expect(JSON.stringify(trail)).not.toContain(ID_NUMBER);
  });

  it('stores no full ID number in any audit record or event payload', async () => {
    const rows = await h.db.asSuperuser<{ text: string }>(
      `SELECT changes::text AS text FROM core.audit_record
        UNION ALL SELECT payload::text FROM core.outbox_event`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.text.includes(ID_NUMBER))).toEqual([]);
  });
});
