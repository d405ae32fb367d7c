import { Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { format, useViewer } from '@cadre/ui';
import { AnnualGradeTag } from '../common/grades.tsx';
import { ASSESSMENT_PERMISSION as P } from '../permissions.ts';
import { useProfileMessages } from './messages.ts';
import type { ResultView } from './queries.ts';

/**
 * What one concluded round gave a cadre: the grade, total and rank of n, the unit then, what it
 * calls for (考核结果运用) and how it came about. The round's title links to the round for those
 * who read rounds; a unit's assessor reads the result only.
 */
export function ResultLine({ result: r }: { result: ResultView }) {
  const m = useProfileMessages();
  const { can } = useViewer();
  return (
    <Flex vertical gap={2}>
      <Space wrap size={4}>
        {can(P.readRounds) ? (
          <Link to={`/assessment/rounds/${r.round.id}`}>{r.round.title}</Link>
        ) : (
          <Typography.Text>{r.round.title}</Typography.Text>
        )}
        {r.grade ? <AnnualGradeTag grade={r.grade} /> : <Tag>{m.noGrade}</Tag>}
        {r.total !== null && (
          <Typography.Text>{format(m.total, { total: r.total })}</Typography.Text>
        )}
        {r.rank !== null && (
          <Typography.Text type="secondary">
            {format(m.rank, { rank: r.rank, outOf: r.outOf })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {format(m.unitThen, { unit: r.unit.name })}
        </Typography.Text>
      </Space>
      {r.consequences.length > 0 && (
        <Space wrap size={4}>
          {r.consequences.map((c) => {
            const acted = c.actedOn
              ? format(c.actionNote ? m.actedWithNote : m.acted, {
                  on: c.actedOn,
                  note: c.actionNote ?? '',
                })
              : null;
            return (
              <Tag
                key={c.kindLabel}
                color={c.pending ? 'orange' : undefined}
                title={acted ? `${c.basis}\n${acted}` : c.basis}
              >
                {format(m.consequence, { kind: c.kindLabel, status: c.statusLabel })}
              </Tag>
            );
          })}
        </Space>
      )}
      {r.gradeReason && (
        <Typography.Text type="secondary">
          {format(m.gradeReason, { reason: r.gradeReason })}
        </Typography.Text>
      )}
      {r.explanation && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: 0 }}
          ellipsis={{
            rows: 2,
            expandable: 'collapsible',
            symbol: (open) => (open ? m.less : m.more),
          }}
        >
          {r.explanation}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}
