import type { ReactNode } from 'react';
import { Button, Flex, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { format } from '../i18n/messages.ts';
import { LoadError } from '../layout/load-error.tsx';
import type { ListRows } from './address-list.ts';
import { useListMessages } from './messages.ts';

/** The filters above a list; each change starts at the first page. */
export function ListFilters({ children }: { children: ReactNode }) {
  const m = useListMessages();
  return (
    <Space wrap role="search" aria-label={m.filters} style={{ marginBottom: 16 }}>
      {children}
    </Space>
  );
}

/** A list page's table of `useAddressList`, with why it did not load and its pager below. */
export function ListTable<N extends { id: string }>({
  list,
  columns,
  empty,
  total,
}: {
  list: ListRows<N>;
  columns: ColumnsType<N>;
  /** Said in place of the rows when there are none. */
  empty: string;
  /** How many there are, `{count}` of the plugin's kind (共 {count} 项). */
  total: string;
}) {
  const m = useListMessages();
  const { page, pages, turn } = list.pager;
  return (
    <>
      <LoadError error={list.error} />
      <Table<N>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.rows}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: empty }}
        scroll={{ x: true }}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" role="status">
          {format(total, { count: list.pager.total })}
        </Typography.Text>
        <nav aria-label={m.pager}>
          <Space>
            <Button onClick={() => turn('previous')} disabled={page <= 1}>
              {m.previous}
            </Button>
            <span aria-current="page">{format(m.pageOf, { page, pages })}</span>
            <Button onClick={() => turn('next')} disabled={page >= pages}>
              {m.next}
            </Button>
          </Space>
        </nav>
      </Flex>
    </>
  );
}
