import { beforeAll, describe, expect, it } from 'vitest';
import { cadreId, cadreInput, createUnit, rowId, type GraphQLClient } from '@cadre/testing';
import { operatorIn, writeAudited } from '@cadre/core';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { openAlphaCase } from './fixtures/alpha-cases.ts';

// The audit page reads the trail in the viewer's language: actions by name, targets by the name
// of the row in the district, changes with field and value names; a registry export is recorded.

const h = useGateway(testPlugins);

interface Change {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
  beforeLabel: string | null;
  afterLabel: string | null;
}
interface Row {
  operation: string;
  actionLabel: string;
  targetType: string;
  targetTypeLabel: string;
  targetId: string;
  targetLabel: string;
  changeList: Change[];
}

const RECORDS = `query ($operation: String) {
  auditRecords(operation: $operation, first: 50) {
    edges { node { operation actionLabel targetType targetTypeLabel targetId targetLabel
      changeList { field label before after beforeLabel afterLabel } } }
  }
}`;

const records = async (client: GraphQLClient, operation: string) =>
  (
    await client.data<{ auditRecords: { edges: { node: Row }[] } }>(RECORDS, { operation })
  ).auditRecords.edges.map((e) => e.node);

const EXPORT = `mutation ($filter: CadreFilter, $columns: [String!]!, $rows: Int!) {
  recordRegistryExport(filter: $filter, columns: $columns, rows: $rows) {
    __typename
    ... on MutationRecordRegistryExportSuccess { data }
    ... on ForbiddenError { code }
    ... on InputError { code issues { path code messageZh messageEn } }
  }
}`;

let english: GraphQLClient;

beforeAll(async () => {
  english = h.a.withHeaders({ 'accept-language': 'en' });
  const unitId = await createUnit(h.a, { code: 'LBL-1', name: '标签测试局' });
  await cadreId(h.a, cadreInput(unitId, { name: '审计甲' }));
  const opened = await openAlphaCase(h.a, '甲事项一号');
  await h.a.data(
    `mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) { __typename } }`,
    {
      input: {
        caseId: opened.id,
        transition: 'submit',
        expectedVersion: opened.version,
      },
    },
  );
});

describe('an audit trail its readers can read', () => {
  it("names core's actions and targets by name in the viewer's language", async () => {
    const [unit] = await records(h.a, 'unit.create');
    expect(unit).toMatchObject({
      actionLabel: '新建单位',
      targetTypeLabel: '单位',
      targetLabel: '标签测试局',
    });
    expect(unit?.changeList.find((c) => c.field === 'name')?.label).toBe('姓名/名称');
    const [cadre] = await records(h.a, 'cadre.create');
    expect(cadre).toMatchObject({ actionLabel: '新增干部', targetLabel: '审计甲' });
    const [inEnglish] = await records(english, 'unit.create');
    expect(inEnglish).toMatchObject({ actionLabel: 'Unit created', targetTypeLabel: 'Unit' });

    // A session has no name: its type and the start of its id.
    const [session] = await records(h.a, 'session.start');
    expect(session?.targetLabel).toBe(`会话 · ${session?.targetId.slice(0, 8)}`);
  });

  it("names a plugin's workflow steps, the case by its title and its stages by the workflow", async () => {
    const [submit] = await records(h.a, 'alpha.case.submit');
    expect(submit).toMatchObject({ actionLabel: '甲事项：提交', targetLabel: '甲事项一号' });
    expect(submit?.changeList.find((c) => c.field === 'state')).toEqual({
      field: 'state',
      label: '阶段',
      before: 'draft',
      after: 'submitted',
      beforeLabel: '起草',
      afterLabel: '已提交',
    });
    const [open] = await records(english, 'alpha.case.open');
    expect(open?.actionLabel).toBe('Alpha case opened');
    const [englishSubmit] = await records(english, 'alpha.case.submit');
    expect(englishSubmit?.changeList.find((c) => c.field === 'state')).toMatchObject({
      label: 'Stage',
      beforeLabel: 'Draft',
      afterLabel: 'Submitted',
    });
  });

  it('names a target of another district by its type and short id only', async () => {
    // District B's unit, named by id in a record of district A (as an operator's slip would).
    const otherId = rowId(await createUnit(h.b, { code: 'LBL-B', name: '乙区保密单位' }));
    await writeAudited(h.db, operatorIn(h.tenants.a.id), (_tx, audit) =>
      audit({ operation: 'unit.quota.set', targetType: 'Unit', targetId: otherId, changes: {} }),
    );
    const [row] = await records(h.a, 'unit.quota.set');
    expect(row?.targetLabel).toBe(`单位 · ${otherId.slice(0, 8)}`);
  });

  it('records a registry export with its filter, columns and row count', async () => {
    const { recordRegistryExport } = await h.a.data<{
      recordRegistryExport: { __typename: string; data?: boolean };
    }>(EXPORT, {
      filter: { statuses: ['ACTIVE'], search: '审计' },
      columns: ['name', 'rank', 'unit'],
      rows: 1,
    });
    expect(recordRegistryExport).toEqual({
      __typename: 'MutationRecordRegistryExportSuccess',
      data: true,
    });
    const [exported] = await records(h.a, 'cadre.registry.export');
    expect(exported).toMatchObject({
      actionLabel: '导出干部名册',
      targetType: 'CadreRegistry',
      targetLabel: '干部名册',
    });
    expect(Object.fromEntries(exported?.changeList.map((c) => [c.label, c.after]) ?? [])).toEqual({
      筛选条件: { statuses: ['ACTIVE'], search: '审计' },
      导出列: ['name', 'rank', 'unit'],
      导出人数: 1,
    });
  });

  it('refuses a malformed export record in both languages and writes nothing', async () => {
    const before = (await records(h.a, 'cadre.registry.export')).length;
    const { recordRegistryExport } = await h.a.data<{
      recordRegistryExport: {
        __typename: string;
        issues?: { path: string; messageZh: string; messageEn: string }[];
      };
    }>(EXPORT, { columns: [], rows: -1 });
    expect(recordRegistryExport.__typename).toBe('InputError');
    expect(recordRegistryExport.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'columns', messageZh: '至少导出一列' }),
        expect.objectContaining({ path: 'rows', messageEn: 'The row count cannot be negative' }),
      ]),
    );
    expect(await records(h.a, 'cadre.registry.export')).toHaveLength(before);
  });

  it('needs core.cadre.read to record an export', async () => {
    const clerk = await staffWith(h, 'clerk.export', ['core.unit.read']);
    const { recordRegistryExport } = await clerk.data<{
      recordRegistryExport: { __typename: string };
    }>(EXPORT, { columns: ['name'], rows: 1 });
    expect(recordRegistryExport.__typename).toBe('ForbiddenError');
  });
});
