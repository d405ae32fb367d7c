import { Input, Select } from 'antd';
import { UnitSelect, useLabel } from '@cadre/ui';
import { ListFilters } from '@cadre/ui/lists';
import { STAGE_LABELS, STAGES } from '../rules.ts';
import type { CaseFilter } from './list-state.ts';
import { useCasesMessages } from './messages.ts';

/** Stage, unit and a search over title and post; each change starts at the first page. */
export function CaseFilters({
  filter,
  onChange,
}: {
  filter: CaseFilter;
  onChange: (filter: Partial<CaseFilter>) => void;
}) {
  const m = useCasesMessages();
  const t = useLabel();
  return (
    <ListFilters>
      <Select
        aria-label={m.stage}
        placeholder={m.allStages}
        allowClear
        value={filter.stage}
        onChange={(stage) => onChange({ stage })}
        options={STAGES.map((stage) => ({ value: stage, label: t(STAGE_LABELS[stage]) }))}
        style={{ width: 160 }}
      />
      <UnitSelect
        label={m.unit}
        placeholder={m.allUnits}
        value={filter.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Input.Search
        key={filter.search ?? ''}
        aria-label={m.search}
        placeholder={m.search}
        allowClear
        defaultValue={filter.search}
        onSearch={(search) => onChange({ search: search.trim() || undefined })}
        style={{ width: 260 }}
      />
    </ListFilters>
  );
}
