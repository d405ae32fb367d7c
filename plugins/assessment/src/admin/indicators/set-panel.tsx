import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Form, Input, Popconfirm, Table, Tag } from 'antd';
import {
  format,
  type Schema,
  ServerErrorAlert,
  StepForm,
  unitCategoryLabels,
  useLabel,
  useRecord,
} from '@cadre/ui';
import {
  INDICATOR_CATEGORY_LABELS,
  INDICATOR_SCORING_LABELS,
  setWeightProblems,
  setWeightTotal,
} from '../rules.ts';
import { IndicatorDialog } from './indicator-dialog.tsx';
import { useIndicatorsMessages } from './messages.ts';
import {
  CopyIndicatorSetMutation,
  CreateIndicatorSetMutation,
  type IndicatorSetView,
  type IndicatorView,
  RemoveIndicatorMutation,
} from './queries.ts';

interface PanelProps {
  year: number;
  category: Schema.UnitCategory;
  set: IndicatorSetView | null;
  lastYear: { id: string; title: string } | null;
  editable: boolean;
}

/** A category without a set this year: start one, empty or as a copy of last year's. */
function NewSet({ year, category, lastYear }: Omit<PanelProps, 'set' | 'editable'>) {
  const m = useIndicatorsMessages();
  const t = useLabel();
  const [form] = Form.useForm<{ title: string }>();
  const create = useRecord(CreateIndicatorSetMutation, 'createIndicatorSet', form);
  const copy = useRecord(CopyIndicatorSetMutation, 'copyIndicatorSet');
  const name = t(unitCategoryLabels[category]);
  return (
    <Card size="small" title={format(m.noSet, { year, category: name })}>
      <Flex vertical gap={16}>
        {lastYear && (
          <div>
            <ServerErrorAlert errors={copy.errors} />
            <Button
              type="primary"
              loading={copy.busy}
              onClick={() => void copy.submit({ fromSetId: lastYear.id, toYear: year })}
            >
              {format(m.copyLastYear, { year: year - 1 })}
            </Button>
            <div style={{ marginTop: 4, color: 'var(--ant-color-text-secondary)' }}>
              {format(m.copyLastYearHint, { title: lastYear.title })}
            </div>
          </div>
        )}
        <StepForm<{ title: string }>
          name={`indicator-set-${category}`}
          form={form}
          errors={create.errors}
          busy={create.busy}
          submitText={m.createSet}
          layout="inline"
          initialValues={{ title: format(m.setTitleDefault, { year, category: name }) }}
          onSubmit={({ title }) => create.submit({ year, unitCategory: category, title })}
        >
          <Form.Item
            name="title"
            label={m.setTitle}
            rules={[{ required: true, whitespace: true, message: m.setTitle }]}
          >
            <Input maxLength={100} style={{ width: 320 }} />
          </Form.Item>
        </StepForm>
      </Flex>
    </Card>
  );
}

/** The rule in a few words: the target, the levels' shares, the deduction's maximum. */
function useRuleText() {
  const m = useIndicatorsMessages();
  return (i: IndicatorView) => {
    if (i.directDeduction) return format(m.ruleDeduction, { max: i.maxDeduction ?? 0 });
    switch (i.scoring) {
      case 'TARGET_RATIO':
        return format(m.ruleTarget, { target: i.target ?? 0 });
      case 'LEVELS':
        return format(m.ruleLevels, { shares: i.levelShares.join(' / ') });
      case 'RANKING':
        return m.ruleRanking;
      default:
        return m.ruleYesNo;
    }
  };
}

/** The weights' sum as the server will judge it when the year closes. */
function WeightSum({ indicators }: { indicators: readonly IndicatorView[] }) {
  const m = useIndicatorsMessages();
  const problems = setWeightProblems(indicators);
  const t = useLabel();
  return problems.length === 0 ? (
    <Alert type="success" showIcon title={m.weightsBalanced} />
  ) : (
    <Alert
      type="error"
      showIcon
      role="status"
      title={format(m.weightTotal, { total: setWeightTotal(indicators) })}
      description={problems.map((p) => t(p)).join('；')}
    />
  );
}

/** One category's set this year: its indicators, their weights' sum, and their editing. */
export function SetPanel({ year, category, set, lastYear, editable }: PanelProps) {
  const m = useIndicatorsMessages();
  const t = useLabel();
  const ruleText = useRuleText();
  const remove = useRecord(RemoveIndicatorMutation, 'removeIndicator');
  if (!set) {
    return editable ? (
      <NewSet year={year} category={category} lastYear={lastYear} />
    ) : (
      <Empty description={format(m.noSet, { year, category: t(unitCategoryLabels[category]) })} />
    );
  }
  return (
    <Card
      size="small"
      title={set.title}
      extra={
        <Flex gap={8} align="center">
          {set.copiedFrom && <Tag>{format(m.copiedFrom, { year: set.copiedFrom.year })}</Tag>}
          {editable && (
            <IndicatorDialog
              // A fresh form once the indicator typed is in the set.
              key={set.indicators.length}
              set={set}
              indicator={null}
              label={m.addIndicator}
              buttonProps={{ type: 'primary', size: 'middle', icon: <PlusOutlined /> }}
            />
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <WeightSum indicators={set.indicators} />
        <ServerErrorAlert errors={remove.errors} />
        <Table<IndicatorView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={set.indicators}
          locale={{ emptyText: m.noIndicators }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'order', title: m.colOrder, render: (_v, _i, index) => index + 1, width: 56 },
            {
              key: 'category',
              title: m.colCategory,
              render: (_v, i) => t(INDICATOR_CATEGORY_LABELS[i.category]),
            },
            { key: 'name', title: m.colName, dataIndex: 'name' },
            {
              key: 'weight',
              title: m.colWeight,
              align: 'right',
              render: (_v, i) => (i.directDeduction ? '—' : i.weight),
            },
            {
              key: 'scoring',
              title: m.colScoring,
              render: (_v, i) =>
                i.scoring ? (
                  t(INDICATOR_SCORING_LABELS[i.scoring])
                ) : (
                  <Tag color="orange">{m.directDeduction}</Tag>
                ),
            },
            {
              key: 'rule',
              title: m.colRule,
              render: (_v, i) => (
                <>
                  {ruleText(i)}
                  {i.scoringNote && (
                    <div style={{ color: 'var(--ant-color-text-secondary)' }}>{i.scoringNote}</div>
                  )}
                </>
              ),
            },
            ...(editable
              ? [
                  {
                    key: 'actions',
                    title: m.colActions,
                    render: (_v: unknown, i: IndicatorView) => (
                      <Flex gap={8}>
                        <IndicatorDialog
                          set={set}
                          indicator={i}
                          label={m.editIndicator}
                          title={format(m.editIndicatorTitle, { name: i.name })}
                        />
                        <Popconfirm
                          title={format(m.removeIndicatorConfirm, { name: i.name })}
                          okText={m.removeIndicator}
                          cancelText={m.cancel}
                          onConfirm={() => remove.submit({ id: i.id })}
                        >
                          <Button size="small" danger>
                            {m.removeIndicator}
                          </Button>
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
