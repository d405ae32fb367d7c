import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from 'urql';
import { rankLabels, useLabel } from '@cadre/ui';
import { SelectionCadreSearchQuery } from './queries.ts';

/** Finds a cadre in service by name as it is typed; inside a `Form.Item`, whose label names it. */
export function CadreSearch({
  id,
  value,
  onChange,
  placeholder,
}: {
  id?: string;
  value?: string;
  onChange?: (cadreId: string | undefined) => void;
  placeholder: string;
}) {
  const t = useLabel();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: SelectionCadreSearchQuery,
    variables: { search },
    pause: search.trim() === '',
  });
  const options = (data?.cadres.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name}（${node.unit.name} · ${t(rankLabels[node.rank])}）`,
  }));
  return (
    <Select
      id={id}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      notFoundContent={fetching ? <Spin size="small" /> : null}
      style={{ minWidth: 320 }}
    />
  );
}
