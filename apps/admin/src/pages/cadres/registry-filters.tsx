import { Button, DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import {
  cadreStatusLabels,
  educationLabels,
  genderLabels,
  labelOptions,
  politicalStatusLabels,
  rankLabels,
  UnitSelect,
  useLabel,
  useViewer,
} from '@cadre/ui';
import { useRegistryMessages } from './messages.ts';
import { DEFAULT_FILTER, type RegistryView } from './registry-state.ts';

type Filter = RegistryView['filter'];

/** The registry's filters; each change is a new address (and so a step back and forward). */
export function RegistryFilters({
  filter,
  onChange,
}: {
  filter: Filter;
  onChange: (filter: Filter) => void;
}) {
  const m = useRegistryMessages();
  const t = useLabel();
  const { can } = useViewer();
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) =>
    onChange({ ...filter, [key]: value });
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const };

  return (
    <Space wrap size={[8, 8]} className="registry-filters">
      <Input.Search
        aria-label={m.search}
        placeholder={m.search}
        allowClear
        defaultValue={filter.search}
        key={filter.search ?? ''}
        onSearch={(value) => set('search', value.trim() || undefined)}
        style={{ width: 180 }}
      />
      {can('core.unit.read') && (
        <UnitSelect
          value={filter.unitId}
          onChange={(v) => set('unitId', v)}
          placeholder={m.unit}
          label={m.unit}
          width={220}
        />
      )}
      <Select
        {...multi}
        aria-label={m.ranks}
        placeholder={m.ranks}
        options={labelOptions(rankLabels, t)}
        value={filter.ranks ?? []}
        onChange={(v) => set('ranks', v)}
        style={{ width: 200 }}
      />
      <Select
        allowClear
        aria-label={m.education}
        placeholder={m.education}
        options={labelOptions(educationLabels, t)}
        value={filter.educationAtLeast}
        onChange={(v) => set('educationAtLeast', v)}
        style={{ width: 170 }}
      />
      <Select
        allowClear
        aria-label={m.gender}
        placeholder={m.gender}
        options={labelOptions(genderLabels, t)}
        value={filter.gender}
        onChange={(v) => set('gender', v)}
        style={{ width: 110 }}
      />
      <Select
        {...multi}
        aria-label={m.political}
        placeholder={m.political}
        options={labelOptions(politicalStatusLabels, t)}
        value={filter.politicalStatuses ?? []}
        onChange={(v) => set('politicalStatuses', v)}
        style={{ width: 170 }}
      />
      <Select
        {...multi}
        aria-label={m.status}
        placeholder={m.status}
        options={labelOptions(cadreStatusLabels, t)}
        value={filter.statuses ?? []}
        onChange={(v) => set('statuses', v)}
        style={{ width: 150 }}
      />
      {can('core.sanction.read') && (
        <DatePicker
          aria-label={m.underInfluenceOn}
          placeholder={m.underInfluenceOn}
          value={filter.underInfluenceOn ? dayjs(filter.underInfluenceOn) : null}
          onChange={(d) => set('underInfluenceOn', d?.format('YYYY-MM-DD'))}
          style={{ width: 170 }}
        />
      )}
      <Space.Compact>
        <AgeInput label={m.ageFrom} value={filter.ageMin} onCommit={(v) => set('ageMin', v)} />
        <AgeInput label={m.ageTo} value={filter.ageMax} onCommit={(v) => set('ageMax', v)} />
      </Space.Compact>
      {/* Back to the plain registry, which counts the cadres in service. */}
      <Button onClick={() => onChange(DEFAULT_FILTER)}>{m.reset}</Button>
    </Space>
  );
}

/** Takes effect on Enter or leaving the field, not at every keystroke. */
function AgeInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
}) {
  const commit = (text: string) => {
    const age = /^\d+$/.test(text.trim()) ? Number(text) : undefined;
    if (age !== value) onCommit(age);
  };
  return (
    <InputNumber
      key={value ?? ''}
      aria-label={label}
      placeholder={label}
      min={16}
      max={80}
      defaultValue={value}
      onBlur={(e) => commit(e.currentTarget.value)}
      onPressEnter={(e) => commit(e.currentTarget.value)}
      style={{ width: 90 }}
    />
  );
}
