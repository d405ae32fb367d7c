import { Card, DatePicker, Form, Input, InputNumber, Radio, Table, Typography } from 'antd';
import { format, labelOptions, type Schema, StepForm, useLabel, useRecord } from '@cadre/ui';
import { dayjs, type Dayjs, dayOf } from '../../../common/dates.ts';
import { methodLabels } from '../../../labels.ts';
import { RECOMMENDER_CATEGORIES, RECOMMENDER_CATEGORY_LABELS } from '../../../rules.ts';
import { useRecommendationMessages } from './messages.ts';
import { RecordRoundMutation, type RecommendationCandidate } from './queries.ts';

type Category = Schema.RecommenderCategory;

/** One line of the tally sheet: how many of a category took part, and their votes. */
interface SheetLine {
  participants?: number | null;
  votes?: Record<string, number | null | undefined>;
}

interface RoundValues {
  method: Schema.RecommendationMethod;
  heldOn: Dayjs;
  note?: string;
  sheet?: Partial<Record<Category, SheetLine>>;
}

/** The round as the API takes it: categories that took part, and the votes given in them. */
function roundInput(values: RoundValues, candidates: readonly { id: string }[]) {
  const lines = RECOMMENDER_CATEGORIES.flatMap((category) => {
    const line = values.sheet?.[category];
    return line?.participants ? [{ category, line, participants: line.participants }] : [];
  });
  return {
    method: values.method,
    heldOn: dayOf(values.heldOn),
    note: values.note || null,
    ballots: lines.map(({ category, participants }) => ({ category, participants })),
    votes: lines.flatMap(({ category, line }) =>
      candidates.flatMap((c) => {
        const votes = line.votes?.[c.id];
        return typeof votes === 'number' ? [{ candidateId: c.id, category, votes }] : [];
      }),
    ),
  };
}

/**
 * 推荐结果录入: the tally sheet of a round, recommender categories down and candidates across, with
 * the running totals; the server tallies it (相对集中) when it is saved.
 */
export function RoundForm({
  caseId,
  candidates,
}: {
  caseId: string;
  candidates: readonly RecommendationCandidate[];
}) {
  const m = useRecommendationMessages();
  const t = useLabel();
  const [form] = Form.useForm<RoundValues>();
  const record = useRecord(RecordRoundMutation, 'recordRecommendationRound', form);
  const sheet = Form.useWatch('sheet', form);

  const sum = (pick: (line: SheetLine) => number | null | undefined) =>
    RECOMMENDER_CATEGORIES.reduce((total, c) => total + (pick(sheet?.[c] ?? {}) ?? 0), 0);

  const submit = async (values: RoundValues) => {
    if (await record.submit({ caseId, input: roundInput(values, candidates) })) form.resetFields();
  };

  if (candidates.length === 0)
    return (
      <Card size="small" title={m.newRound}>
        <Typography.Text type="secondary">{m.noNominees}</Typography.Text>
      </Card>
    );

  return (
    <Card size="small" title={m.newRound}>
      <StepForm<RoundValues>
        name="selection-round"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.saveRound}
        onSubmit={submit}
        initialValues={{ method: 'MEETING', heldOn: dayjs() }}
      >
        <Form.Item name="method" label={m.method}>
          <Radio.Group options={labelOptions(methodLabels, t)} />
        </Form.Item>
        <Form.Item name="heldOn" label={m.heldOn} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Table<Category>
          size="small"
          rowKey={(category) => category}
          pagination={false}
          dataSource={[...RECOMMENDER_CATEGORIES]}
          style={{ marginBottom: 16 }}
          columns={[
            {
              key: 'category',
              title: m.category,
              render: (_, category) => t(RECOMMENDER_CATEGORY_LABELS[category]),
            },
            {
              key: 'participants',
              title: m.participants,
              render: (_, category) => (
                <Form.Item name={['sheet', category, 'participants']} noStyle>
                  <InputNumber
                    min={0}
                    precision={0}
                    aria-label={format(m.participantsOf, {
                      category: t(RECOMMENDER_CATEGORY_LABELS[category]),
                    })}
                  />
                </Form.Item>
              ),
            },
            ...candidates.map((c) => ({
              key: c.id,
              title: format(m.votesOf, { candidate: c.cadre.name }),
              render: (_: unknown, category: Category) => (
                <Form.Item name={['sheet', category, 'votes', c.id]} noStyle>
                  <InputNumber
                    min={0}
                    precision={0}
                    aria-label={format(m.cellLabel, {
                      category: t(RECOMMENDER_CATEGORY_LABELS[category]),
                      candidate: c.cadre.name,
                    })}
                  />
                </Form.Item>
              ),
            })),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{m.total}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{sum((line) => line.participants)}</Table.Summary.Cell>
              {candidates.map((c, index) => (
                <Table.Summary.Cell key={c.id} index={index + 2}>
                  {sum((line) => line.votes?.[c.id])}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
        <Form.Item name="note" label={m.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </StepForm>
    </Card>
  );
}
