import { useState } from 'react';
import { Alert, Button, Flex, Input, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { genderLabels, LoadError, rankLabels, useLabel } from '@cadre/ui';
import { useCityMessages } from './messages.ts';
import { CityManagedCadresQuery } from './queries.ts';

const PAGE = 20;

/** 市管干部 of one district, read-only: a page at a time, each name linking to the basic facts. */
export function ManagedCadres({ code }: { code: string }) {
  const m = useCityMessages();
  const t = useLabel();
  const [search, setSearch] = useState('');
  // The cursors of the pages before the one shown: back is one step down the stack.
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error, fetching }] = useQuery({
    query: CityManagedCadresQuery,
    variables: { code, first: PAGE, after: cursors.at(-1), search: search || undefined },
  });
  const result = data?.cityManagedCadres;
  const page = result?.__typename === 'QueryCityManagedCadresSuccess' ? result.data : null;

  return (
    <Flex vertical gap={12}>
      <Input.Search
        allowClear
        aria-label={m.search}
        placeholder={m.search}
        style={{ maxWidth: 320 }}
        onSearch={(value) => {
          setSearch(value.trim());
          setCursors([]);
        }}
      />
      <LoadError error={error} />
      {result && 'message' in result && <Alert type="error" showIcon message={result.message} />}
      <Table
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={page?.nodes ?? []}
        locale={{ emptyText: m.noManaged }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'name',
            title: m.name,
            render: (_, c) => <Link to={`/city/districts/${code}/cadres/${c.id}`}>{c.name}</Link>,
          },
          { key: 'gender', title: m.gender, render: (_, c) => t(genderLabels[c.gender]) },
          { key: 'birth', title: m.birthDate, dataIndex: 'birthDate' },
          { key: 'rank', title: m.rank, render: (_, c) => t(rankLabels[c.rank]) },
          { key: 'unit', title: m.unit, dataIndex: 'unitName' },
          { key: 'post', title: m.post, render: (_, c) => c.postTitle ?? '—' },
        ]}
      />
      <Flex gap={8} justify="flex-end">
        <Button disabled={cursors.length === 0} onClick={() => setCursors((s) => s.slice(0, -1))}>
          {m.previous}
        </Button>
        <Button
          disabled={!page?.hasNextPage}
          onClick={() => page?.endCursor && setCursors((s) => [...s, page.endCursor ?? ''])}
        >
          {m.next}
        </Button>
      </Flex>
    </Flex>
  );
}
