import { useMemo, useRef, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, useViewer } from '@cadre/ui';
import { ASSESSMENT_PERMISSION as P } from '../permissions.ts';
import {
  type ListView,
  PAGE_SIZE,
  pageArguments,
  readView,
  withFilter,
  writeView,
} from './list-state.ts';
import { useRoundsMessages } from './messages.ts';
import { OpenRoundDialog } from './open-round-dialog.tsx';
import { AssessmentRoundsQuery } from './queries.ts';
import { RoundFilters } from './round-filters.tsx';
import { RoundsTable } from './rounds-table.tsx';

/** 年度及专项考核: the district's rounds by year, kind and group, the latest year first. */
export default function RoundsPage() {
  const m = useRoundsMessages();
  const { can } = useViewer();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const go = (next: ListView) => setParams(writeView(next));
  const [opening, setOpening] = useState(false);

  const [{ data, fetching, error }] = useQuery({
    query: AssessmentRoundsQuery,
    variables: pageArguments(view),
  });
  // While the next page loads the last one stays on screen: no flicker, no jump in height.
  const last = useRef(data);
  if (data) last.current = data;
  const connection = (data ?? last.current)?.assessmentRounds;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const pages = Math.max(1, Math.ceil((connection?.totalCount ?? 0) / PAGE_SIZE));

  const turn = (direction: 'previous' | 'next') => {
    const info = connection?.pageInfo;
    if (!info) return;
    if (direction === 'previous' && info.startCursor && view.page > 1)
      go({
        ...view,
        page: view.page - 1,
        cursor: view.page === 2 ? null : { before: info.startCursor },
      });
    if (direction === 'next' && info.endCursor && view.page < pages)
      go({ ...view, page: view.page + 1, cursor: { after: info.endCursor } });
  };

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          can(P.openRound) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              {m.open}
            </Button>
          )
        }
      />
      <RoundFilters view={view} onChange={(filter) => go(withFilter(view, filter))} />
      <LoadError error={error} />
      <RoundsTable rows={rows} loading={fetching && !connection} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" role="status">
          {format(m.total, { count: connection?.totalCount ?? 0 })}
        </Typography.Text>
        <nav aria-label={m.pager}>
          <Space>
            <Button onClick={() => turn('previous')} disabled={view.page <= 1}>
              {m.previous}
            </Button>
            <span aria-current="page">{format(m.pageOf, { page: view.page, pages })}</span>
            <Button onClick={() => turn('next')} disabled={view.page >= pages}>
              {m.next}
            </Button>
          </Space>
        </nav>
      </Flex>
      <OpenRoundDialog open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
