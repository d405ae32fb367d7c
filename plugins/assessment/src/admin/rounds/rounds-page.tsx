import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { PageHeader, useViewer } from '@cadre/ui';
import { ListTable, useAddressList } from '@cadre/ui/lists';
import { ASSESSMENT_PERMISSION as P } from '../permissions.ts';
import { roundFilter } from './list-state.ts';
import { useRoundsMessages } from './messages.ts';
import { OpenRoundDialog } from './open-round-dialog.tsx';
import { AssessmentRoundsQuery } from './queries.ts';
import { RoundFilters } from './round-filters.tsx';
import { useRoundColumns } from './rounds-table.tsx';

/** 年度及专项考核: the district's rounds by year, kind and group, the latest year first. */
export default function RoundsPage() {
  const m = useRoundsMessages();
  const { can } = useViewer();
  const [opening, setOpening] = useState(false);
  const list = useAddressList({
    filter: roundFilter,
    query: AssessmentRoundsQuery,
    connectionOf: (data) => data.assessmentRounds,
  });
  const columns = useRoundColumns();

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
      <RoundFilters filter={list.filter} onChange={list.setFilter} />
      <ListTable list={list} columns={columns} empty={m.noRounds} total={m.total} />
      <OpenRoundDialog open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
