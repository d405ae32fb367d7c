import { Select } from 'antd';

/** Picks one of the case's candidates by name. Works inside a `Form.Item`. */
export function CandidateSelect({
  id,
  value,
  onChange,
  candidates,
  placeholder,
  allowClear,
}: {
  id?: string;
  value?: string;
  onChange?: (candidateId: string | undefined) => void;
  candidates: readonly { id: string; cadre: { name: string } }[];
  placeholder?: string;
  allowClear?: boolean;
}) {
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      allowClear={allowClear}
      options={candidates.map((c) => ({ value: c.id, label: c.cadre.name }))}
      style={{ minWidth: 160 }}
    />
  );
}
