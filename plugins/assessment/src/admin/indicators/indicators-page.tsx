import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, InputNumber, Segmented, Skeleton, Tabs, Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  format,
  LoadError,
  PageHeader,
  type Schema,
  ServerErrorAlert,
  unitCategoryLabels,
  useLabel,
  useRecord,
  useViewer,
} from '@cadre/ui';
import { ASSESSMENT_PERMISSION as P } from '../permissions.ts';
import { useIndicatorsMessages } from './messages.ts';
import { CloseIndicatorYearMutation, IndicatorSetsQuery } from './queries.ts';
import { ResultsPanel } from './results-panel.tsx';
import { SetPanel } from './set-panel.tsx';

type View = 'sets' | 'results';

/** A year without sets answers no IndicatorSet: still reload when one is created. */
const SET_TYPENAMES = { additionalTypenames: ['IndicatorSet'] };

const CATEGORIES = Object.keys(unitCategoryLabels) as Schema.UnitCategory[];
const isCategory = (value: string | null): value is Schema.UnitCategory =>
  CATEGORIES.includes(value as Schema.UnitCategory);

/** The year, view and unit category on screen, kept in the address so a reload keeps them. */
function usePlace() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const view: View = params.get('view') === 'results' ? 'results' : 'sets';
  const category = params.get('category');
  const place = { year, view, category: isCategory(category) ? category : CATEGORIES[0] };
  const go = (next: Partial<typeof place>) => {
    const { year: y, view: v, category: c } = { ...place, ...next };
    setParams({ year: String(y), view: v, ...(c ? { category: c } : {}) });
  };
  return { ...place, go };
}

/**
 * 考核指标体系: per year, one set of indicators for each category of units (差异化考核), with
 * the units' results and their standing against the loss limit; closed with the year.
 */
export default function IndicatorsPage() {
  const m = useIndicatorsMessages();
  const t = useLabel();
  const { modal } = App.useApp();
  const { can } = useViewer();
  const { year, view, category, go } = usePlace();
  const [{ data, fetching, error }] = useQuery({
    query: IndicatorSetsQuery,
    variables: { year, lastYear: year - 1 },
    context: SET_TYPENAMES,
  });
  const close = useRecord(CloseIndicatorYearMutation, 'closeIndicatorYear');
  const sets = data?.indicatorSets ?? [];
  const closedOn = sets.find((s) => s.closedOn)?.closedOn ?? null;
  const editable = can(P.writeIndicators) && closedOn === null;

  const confirmClose = () =>
    modal.confirm({
      title: format(m.closeYearConfirm, { year }),
      content: m.closeYearHint,
      okText: m.closeYearOk,
      cancelText: m.cancel,
      onOk: () => close.submit({ year }),
    });

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        tags={
          closedOn && (
            <Tag icon={<LockOutlined />} color="default">
              {m.yearClosed}
            </Tag>
          )
        }
        actions={
          <>
            <Form.Item label={m.year} style={{ margin: 0 }}>
              <InputNumber
                value={year}
                min={2000}
                max={2100}
                precision={0}
                onChange={(value) => value && go({ year: value })}
              />
            </Form.Item>
            <Segmented<View>
              aria-label={m.views}
              value={view}
              onChange={(value) => go({ view: value })}
              options={[
                { value: 'sets', label: m.viewSets },
                { value: 'results', label: m.viewResults },
              ]}
            />
            {editable && sets.length > 0 && (
              <Button danger icon={<LockOutlined />} onClick={confirmClose} loading={close.busy}>
                {m.closeYear}
              </Button>
            )}
          </>
        }
      />
      <LoadError error={error} />
      <ServerErrorAlert errors={close.errors} />
      {closedOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={format(m.yearClosedOn, { year, on: closedOn })}
        />
      )}
      {!data && fetching && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <Tabs
          activeKey={category}
          onChange={(key) => go({ category: key as Schema.UnitCategory })}
          items={CATEGORIES.map((c) => {
            const set = sets.find((s) => s.unitCategory === c) ?? null;
            return {
              key: c,
              label: t(unitCategoryLabels[c]),
              children:
                view === 'sets' ? (
                  <SetPanel
                    year={year}
                    category={c}
                    set={set}
                    lastYear={data.lastYear.find((s) => s.unitCategory === c) ?? null}
                    editable={editable}
                  />
                ) : (
                  <ResultsPanel year={year} category={c} set={set} editable={editable} />
                ),
            };
          })}
        />
      )}
    </>
  );
}
