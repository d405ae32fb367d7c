import { Input, Select, Space } from 'antd';
import { UnitSelect, useLabel } from '@cadre/ui';
import { STAGE_LABELS, STAGES } from '../rules.ts';
import type { ListView } from './list-state.ts';
import { useCasesMessages } from './messages.ts';

/** Stage, unit and a search over title and post; each change starts at the first page. */
export function CaseFilters({
  view,
  onChange,
}: {
  view: ListView;
  onChange: (filter: Partial<ListView>) => void;
}) {
  const m = useCasesMessages();
  const t = useLabel();
  return (
    <Space wrap role="search" aria-label={m.filters} style={{ marginBottom: 16 }}>
      <Select
        aria-label={m.stage}
        placeholder={m.allStages}
        allowClear
        value={view.stage}
        onChange={(stage) => onChange({ stage })}
        options={STAGES.map((stage) => ({ value: stage, label: t(STAGE_LABELS[stage]) }))}
        style={{ width: 160 }}
      />
      <UnitSelect
        label={m.unit}
        placeholder={m.allUnits}
        value={view.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Input.Search
        key={view.search ?? ''}
        aria-label={m.search}
        placeholder={m.search}
        allowClear
        defaultValue={view.search}
        onSearch={(search) => onChange({ search: search.trim() || undefined })}
        style={{ width: 260 }}
      />
    </Space>
  );
}
