import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { PageHeader, useViewer } from '@cadre/ui';
import { ListTable, useAddressList } from '@cadre/ui/lists';
import { SELECTION_PERMISSION as P } from '../permissions.ts';
import { CaseFilters } from './case-filters.tsx';
import { useCaseColumns } from './cases-table.tsx';
import { caseFilter } from './list-state.ts';
import { useCasesMessages } from './messages.ts';
import { MotionDrawer } from './motion-drawer.tsx';
import { SelectionCasesQuery } from './queries.ts';

/** 选任事项: the district's selection cases by stage, unit and text, newest first. */
export default function CasesPage() {
  const m = useCasesMessages();
  const { can } = useViewer();
  const [motionOpen, setMotionOpen] = useState(false);
  const list = useAddressList({
    filter: caseFilter,
    query: SelectionCasesQuery,
    connectionOf: (data) => data.selectionCases,
  });
  const columns = useCaseColumns();

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          can(P.open) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setMotionOpen(true)}>
              {m.newCase}
            </Button>
          )
        }
      />
      <CaseFilters filter={list.filter} onChange={list.setFilter} />
      <ListTable list={list} columns={columns} empty={m.noCases} total={m.total} />
      <MotionDrawer open={motionOpen} onClose={() => setMotionOpen(false)} />
    </>
  );
}
