import { useMemo, useRef, useState } from 'react';
import { Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, type Schema, useLabel } from '@cadre/ui';
import { useRegistryMessages } from './messages.ts';
import { REGISTRY_COLUMNS, storedColumns } from './registry-columns.tsx';
import { RegistryFilters } from './registry-filters.tsx';
import { RegistryPager } from './registry-pager.tsx';
import { takePreload } from './registry-preload.ts';
import { type CadreRow, CadresQuery } from './registry-query.ts';
import {
  firstRowNumber,
  pageArguments,
  type PageTurn,
  readView,
  type RegistryView,
  servingOnly,
  targetPage,
  withFilter,
  writeView,
} from './registry-state.ts';
import { RegistryToolbar } from './registry-toolbar.tsx';
import { useRowKeys } from './use-row-keys.ts';
import './registry.css';

type Column = ColumnsType<CadreRow>[number];

/** 干部名册: the district's cadres, filtered, sorted and paged on the server. */
export default function CadresPage() {
  const m = useRegistryMessages();
  const t = useLabel();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const go = (next: RegistryView) => setParams(writeView(next));
  const [shown, setShown] = useState(storedColumns);

  // Opened by address, the shell asked for this view's rows ahead of the page: take them from the cache.
  const [preloaded] = useState(() => (takePreload() ? params.toString() : null));
  const [{ data, fetching, error }] = useQuery({
    query: CadresQuery,
    variables: pageArguments(view),
    ...(preloaded === params.toString() ? { requestPolicy: 'cache-first' as const } : {}),
  });
  // While the next page loads, the last one stays on screen (no flicker, no jump in height).
  const last = useRef(data);
  if (data) last.current = data;
  const connection = (data ?? last.current)?.cadres;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  /** Moves to another page; answers whether there was one to move to. */
  const turn = (direction: PageTurn): boolean => {
    if (!connection) return false;
    const target = targetPage(direction, view, connection.totalCount, connection.pageInfo);
    if (target) go({ ...view, ...target });
    return target !== null;
  };

  const rowKeys = useRowKeys(rows, {
    open: (row) => navigate(`/cadres/${row.id}`),
    nextPage: () => turn('next'),
    previousPage: () => turn('previous'),
  });

  // 序号: the row's place in the whole list, running on across pages.
  const columns: Column[] = [
    {
      key: 'seq',
      title: m.colSeq,
      width: 64,
      className: 'registry-seq',
      render: (_: unknown, _row: CadreRow, index: number) => firstRowNumber(view) + index,
    },
    ...REGISTRY_COLUMNS.filter((c) => shown.includes(c.key)).map((c): Column => ({
      key: c.key,
      title: c.title(m),
      className: c.wraps ? 'registry-wrap' : undefined,
      render: (_: unknown, row: CadreRow) => (c.render ? c.render(row, t) : c.text(row, t)),
      sorter: c.sortBy !== undefined,
      sortOrder:
        c.sortBy && c.sortBy === view.orderBy ? (view.descending ? 'descend' : 'ascend') : null,
      sortDirections: ['ascend', 'descend'],
    })),
  ];

  return (
    <section aria-labelledby="registry-title" className="registry">
      <div className="registry-head">
        <Typography.Title level={3} id="registry-title" style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <span className="registry-total" aria-live="polite">
          {connection ? format(m.total, { count: connection.totalCount.toLocaleString() }) : ''}
        </span>
        <RegistryToolbar view={view} shown={shown} onShownChange={setShown} />
      </div>
      <RegistryFilters
        filter={view.filter}
        onChange={(filter) => go(withFilter(view, { filter }))}
      />
      <Space wrap className="registry-view-options">
        {servingOnly(view.filter) && (
          <Tag color="blue" className="registry-chip">
            {m.servingOnly}
            <Button
              type="text"
              size="small"
              aria-label={m.showAll}
              icon={<CloseOutlined />}
              onClick={() =>
                go(withFilter(view, { filter: { ...view.filter, statuses: undefined } }))
              }
            />
          </Tag>
        )}
        {/* A unit's printed roster (名册) lists by post: offered once the list is one unit's. */}
        {view.filter.unitId && (
          <Segmented<Schema.CadreOrderField>
            aria-label={m.orderBy}
            value={view.orderBy === 'POST_ORDER' ? 'POST_ORDER' : 'NAME'}
            options={[
              { value: 'NAME', label: m.byName },
              { value: 'POST_ORDER', label: m.byPost },
            ]}
            onChange={(orderBy) => go(withFilter(view, { orderBy, descending: false }))}
          />
        )}
      </Space>
      {error && !data && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <div ref={rowKeys.container} aria-describedby="registry-keys">
        <Table<CadreRow>
          rowKey="id"
          size="middle"
          sticky
          columns={columns}
          dataSource={rows}
          loading={fetching && !connection ? true : { spinning: fetching, delay: 200 }}
          pagination={false}
          // As wide as the window allows (long text wraps); scrolls only when too many columns are shown.
          scroll={{ x: true }}
          locale={{ emptyText: m.empty }}
          onRow={rowKeys.rowProps}
          onChange={(_p, _f, sorter) => {
            const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
              SorterResult<CadreRow> | undefined;
            const column = REGISTRY_COLUMNS.find((c) => c.key === s?.columnKey);
            const orderBy: Schema.CadreOrderField = (s?.order && column?.sortBy) || 'NAME';
            go(withFilter(view, { orderBy, descending: s?.order === 'descend' }));
          }}
        />
      </div>
      <p id="registry-keys" className="registry-hint">
        {m.keyboardHint}
      </p>
      {connection && (
        <RegistryPager
          view={view}
          total={connection.totalCount}
          onTurn={turn}
          onSize={(size) => go(withFilter(view, { size }))}
        />
      )}
    </section>
  );
}
