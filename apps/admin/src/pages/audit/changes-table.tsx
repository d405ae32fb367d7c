import { Descriptions, Table, Typography } from 'antd';
import {
  cadreStatusLabels,
  degreeLabels,
  type DocumentType,
  educationLabels,
  genderLabels,
  identityLabels,
  type Label,
  managementAuthorityLabels,
  politicalStatusLabels,
  rankLabels,
  useLabel,
} from '@cadre/ui';
import { useRegistryMessages } from '../cadres/messages.ts';
import { columnsText, filterText } from './export-values.ts';
import { type AuditMessages, useAuditMessages } from './messages.ts';
import type { AuditRecordsQuery } from './queries.ts';

export type Change = DocumentType<
  typeof AuditRecordsQuery
>['auditRecords']['edges'][number]['node']['changeList'][number];

/** A cadre's code lists, by the field they fill: the server names stages and archive codes. */
const CADRE_VALUES: Record<string, Record<string, Label>> = {
  gender: genderLabels,
  politicalStatus: politicalStatusLabels,
  fullTimeEducation: educationLabels,
  inServiceEducation: educationLabels,
  fullTimeDegree: degreeLabels,
  inServiceDegree: degreeLabels,
  identity: identityLabels,
  rank: rankLabels,
  managementAuthority: managementAuthorityLabels,
  status: cadreStatusLabels,
};

/** Core's target of a registry export (`cadre.registry.export`). */
const CADRE_REGISTRY = 'CadreRegistry';

/** A value as people read it: its name where one is known, yes/no, text, or the JSON. */
interface Words {
  t: (label: Label) => string;
  m: AuditMessages;
  registry: ReturnType<typeof useRegistryMessages>;
}

function valueText(
  change: Change,
  side: 'before' | 'after',
  targetType: string,
  { t, m, registry }: Words,
): string | null {
  const named = side === 'before' ? change.beforeLabel : change.afterLabel;
  const value: unknown = change[side];
  if (named) return named;
  if (value === null || value === undefined || value === '') return null;
  if (targetType === CADRE_REGISTRY) {
    const text =
      change.field === 'columns'
        ? columnsText(value, registry)
        : change.field === 'filter'
          ? filterText(value, m, t)
          : null;
    if (text !== null) return text;
  }
  const table = targetType === 'Cadre' ? CADRE_VALUES[change.field] : undefined;
  if (typeof value === 'string' && table && Object.hasOwn(table, value))
    return t(table[value] as Label);
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const useWords = (): Words => ({
  t: useLabel(),
  m: useAuditMessages(),
  registry: useRegistryMessages(),
});

/** `阶段：讨论决定 → 任前公示`, or `字段：值` for a value set where there was none. */
export function useChangeSummary() {
  const words = useWords();
  const { m } = words;
  return (change: Change, targetType: string) => {
    const before = valueText(change, 'before', targetType, words);
    const after = valueText(change, 'after', targetType, words) ?? '—';
    return `${change.label}${m.colon}${before === null ? after : `${before} → ${after}`}`;
  };
}

/** One record's field changes, before and after, with its request id and hash. */
export function ChangesTable({
  changes,
  targetType,
  requestId,
  hash,
}: {
  changes: readonly Change[];
  targetType: string;
  requestId: string | null;
  hash: string;
}) {
  const words = useWords();
  const { m } = words;
  const shown = (change: Change, side: 'before' | 'after') => {
    const text = valueText(change, side, targetType, words);
    return text === null ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <Typography.Text style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {text}
      </Typography.Text>
    );
  };
  return (
    <>
      <Table<Change>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={[...changes]}
        locale={{ emptyText: m.noChanges }}
        columns={[
          {
            key: 'field',
            title: m.field,
            width: 220,
            render: (_, c) => <span title={c.field}>{c.label}</span>,
          },
          { key: 'before', title: m.before, render: (_, c) => shown(c, 'before') },
          { key: 'after', title: m.after, render: (_, c) => shown(c, 'after') },
        ]}
      />
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: 'request', label: m.requestId, children: requestId ?? '—' },
          { key: 'hash', label: m.hash, children: <Typography.Text code>{hash}</Typography.Text> },
        ]}
      />
    </>
  );
}
