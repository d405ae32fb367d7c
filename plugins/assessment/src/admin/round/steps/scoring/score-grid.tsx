import { App, Button, Form, InputNumber, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { format, ServerErrorAlert, useLabel, useRecord } from '@cadre/ui';
import { WIDE } from '../../../common/columns.ts';
import { useCommonMessages } from '../../../common/messages.ts';
import { subjectNames } from '../../../labels.ts';
import type { Item, Subject } from '../queries.ts';
import { useScoringMessages } from './messages.ts';
import { RecordScoresMutation, type ScoredParticipant } from './queries.ts';

/** participant id → item id → score, as the grid holds them. */
type Grid = Record<string, Record<string, number | null | undefined>>;

/** What the subject has recorded of a participant, item by item. */
function recordedOf(p: ScoredParticipant, subjectId: string): Record<string, number> {
  const line = p.subjectScores.find((s) => s.subject.id === subjectId);
  return Object.fromEntries(line?.itemScores.map((s) => [s.item.id, s.score]) ?? []);
}

/** The scores typed that the subject has not recorded so: new ones and changed ones. */
function changedScores(grid: Grid, recorded: Grid) {
  return Object.entries(grid).flatMap(([participantId, row]) =>
    Object.entries(row ?? {}).flatMap(([itemId, score]) =>
      typeof score === 'number' && score !== recorded[participantId]?.[itemId]
        ? [{ participantId, itemId, score }]
        : [],
    ),
  );
}

interface GridProps {
  roundId: string;
  subject: Subject;
  items: readonly Item[];
  participants: readonly ScoredParticipant[];
  editing: boolean;
}

/**
 * 测评打分 of one subject: participants down, items across, each cell 0–100; with the subject's
 * weighted score of each participant and whether the participant is scored completely (by any
 * subject). Only new and changed scores are sent; the server takes them all or none.
 */
export function ScoreGrid(props: GridProps) {
  const recorded: Grid = Object.fromEntries(
    props.participants.map((p) => [p.id, recordedOf(p, props.subject.id)]),
  );
  // Scores recorded elsewhere (an imported sheet, another clerk) start the grid afresh.
  return <GridForm key={JSON.stringify(recorded)} recorded={recorded} {...props} />;
}

function GridForm({
  roundId,
  subject,
  items,
  participants,
  editing,
  recorded,
}: GridProps & { recorded: Grid }) {
  const m = useScoringMessages();
  const common = useCommonMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ scores: Grid }>();
  const record = useRecord(RecordScoresMutation, 'recordEvaluationScores', form);
  const subjectName = t(subjectNames[subject.kind]);

  const save = async () => {
    // Every page of the table: the form keeps the cells of pages not on screen.
    const grid = (form.getFieldsValue(true) as { scores?: Grid }).scores ?? {};
    const scores = changedScores(grid, recorded);
    if (scores.length === 0) {
      void message.info(m.nothingChanged);
      return;
    }
    await record.submit({ roundId, subject: subject.kind, scores });
  };

  const lineOf = (p: ScoredParticipant) => p.subjectScores.find((s) => s.subject.id === subject.id);
  const columns: ColumnsType<ScoredParticipant> = [
    { key: 'name', title: m.colName, fixed: 'left', render: (_, p) => p.cadre.name },
    { key: 'unit', title: m.colUnit, responsive: WIDE, render: (_, p) => p.unit.name },
    ...items.map((item) => ({
      key: item.id,
      title: format(m.itemColumn, { item: item.name, weight: item.weight }),
      width: 96,
      render: (_: unknown, p: ScoredParticipant) =>
        editing ? (
          <Form.Item name={['scores', p.id, item.id]} noStyle>
            <InputNumber
              aria-label={format(m.cell, { name: p.cadre.name, item: item.name })}
              min={0}
              max={100}
              controls={false}
              style={{ width: 72 }}
            />
          </Form.Item>
        ) : (
          (recorded[p.id]?.[item.id] ?? common.none)
        ),
    })),
    {
      key: 'subjectScore',
      title: m.colSubjectScore,
      align: 'right',
      render: (_, p) => lineOf(p)?.score?.toFixed(2) ?? common.none,
    },
    {
      key: 'evaluation',
      title: m.colEvaluation,
      align: 'right',
      responsive: WIDE,
      render: (_, p) => p.evaluation.score?.toFixed(2) ?? common.none,
    },
    {
      key: 'complete',
      title: m.colComplete,
      render: (_, p) =>
        p.complete ? (
          <Tag color="success">{m.complete}</Tag>
        ) : (
          <Tag color="warning">{m.incomplete}</Tag>
        ),
    },
  ];

  return (
    <Form
      name={`assessment-scores-${subject.kind}`}
      form={form}
      initialValues={{ scores: recorded }}
      onValuesChange={() => record.errors.clear()}
      onFinish={() => void save()}
    >
      <ServerErrorAlert errors={record.errors} />
      <Table<ScoredParticipant>
        size="small"
        rowKey="id"
        dataSource={[...participants]}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: m.noParticipants }}
        scroll={{ x: 'max-content' }}
      />
      {editing && (
        <Button type="primary" htmlType="submit" loading={record.busy} style={{ marginTop: 12 }}>
          {format(m.save, { subject: subjectName })}
        </Button>
      )}
    </Form>
  );
}
