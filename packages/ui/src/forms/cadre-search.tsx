import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from 'urql';
import { rankLabels } from '../domain/cadre-labels.ts';
import { graphql } from '../graphql.ts';
import { useLabel } from '../i18n/label.ts';

/** Cadres in service whose name contains the text. */
const CadreSearchQuery = graphql(`
  query CadreSearch($search: String!) {
    cadres(first: 20, filter: { search: $search, statuses: [ACTIVE] }) {
      edges {
        node {
          id
          name
          rank
          unit {
            name
          }
        }
      }
    }
  }
`);

/**
 * Finds a cadre in service by name as it is typed, with unit and rank to tell namesakes apart.
 * Inside a `Form.Item` (`id`, `value`, `onChange`), whose label names it.
 */
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
    query: CadreSearchQuery,
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
