import { Select } from 'antd';
import { labelOptions, useLabel } from '@cadre/ui';
import { ListFilters } from '@cadre/ui/lists';
import { groupNames } from '../labels.ts';
import { KIND_LABELS } from '../rules.ts';
import type { RoundFilter } from './list-state.ts';
import { useRoundsMessages } from './messages.ts';

/** Next year (rounds prepared ahead) and the ten before this one. */
const YEARS = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() + 1 - i);

/** Year, kind and group; each change starts at the first page. */
export function RoundFilters({
  filter,
  onChange,
}: {
  filter: RoundFilter;
  onChange: (filter: Partial<RoundFilter>) => void;
}) {
  const m = useRoundsMessages();
  const t = useLabel();
  return (
    <ListFilters>
      <Select
        aria-label={m.year}
        placeholder={m.allYears}
        allowClear
        value={filter.year}
        onChange={(year) => onChange({ year })}
        options={YEARS.map((year) => ({ value: year, label: String(year) }))}
        style={{ width: 140 }}
      />
      <Select
        aria-label={m.kind}
        placeholder={m.allKinds}
        allowClear
        value={filter.kind}
        onChange={(kind) => onChange({ kind })}
        options={labelOptions(KIND_LABELS, t)}
        style={{ width: 160 }}
      />
      <Select
        aria-label={m.group}
        placeholder={m.allGroups}
        allowClear
        value={filter.group}
        onChange={(group) => onChange({ group })}
        options={labelOptions(groupNames, t)}
        style={{ width: 200 }}
      />
    </ListFilters>
  );
}
