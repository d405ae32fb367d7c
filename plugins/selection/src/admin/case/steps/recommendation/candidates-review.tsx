import { Card, Space, Table, Tag, Typography } from 'antd';
import { annualGradeLabels, format, useLabel, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { WIDE } from '../../../common/columns.ts';
import { percent } from '../../../common/numbers.ts';
import { candidateStatusColors, candidateStatusLabels } from '../../../labels.ts';
import { EligibilityList } from '../eligibility-list.tsx';
import { candidatesIn } from '../step-props.ts';
import { CandidateActions } from './candidate-actions.tsx';
import { useRecommendationMessages } from './messages.ts';
import type { RecommendationCandidate, RecommendationCase } from './queries.ts';

type Candidate = RecommendationCandidate;
type Result = Candidate['threeCombinations']['meeting'][number];
type Grade = Candidate['threeCombinations']['recentGrades'][number];

/** The latest round of one method: share and whether concentrated. */
function LatestResult({ results }: { results: readonly Result[] }) {
  const m = useRecommendationMessages();
  const latest = results.at(-1);
  if (!latest) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span>
        {latest.total}（{percent(latest.share)}）
      </span>
      <Tag color={latest.concentrated ? 'success' : 'warning'}>
        {latest.concentrated ? m.concentrated : m.notConcentrated}
      </Tag>
    </Space>
  );
}

/** 近三年年度考核: the grade of each of the three years before the motion, oldest first. */
function RecentGrades({ grades }: { grades: readonly Grade[] }) {
  const m = useRecommendationMessages();
  const t = useLabel();
  if (grades.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap separator="·">
      {grades.map((g) => (
        <span key={g.year}>
          {format(m.gradeOfYear, { year: g.year, grade: t(annualGradeLabels[g.grade]) })}
        </span>
      ))}
    </Space>
  );
}

/**
 * 三个结合: each candidate's meeting votes beside the individual talks, the signed
 * recommendations and the recent annual grades, with the qualifications; then listing for
 * inspection (列为考察对象).
 */
export function CandidatesReview({
  selectionCase,
  open,
}: {
  selectionCase: RecommendationCase;
  open: boolean;
}) {
  const m = useRecommendationMessages();
  const t = useLabel();
  const { can } = useViewer();
  const acting = open && can(P.record);
  const rows = candidatesIn(selectionCase, ['NOMINATED', 'LISTED', 'DROPPED']);
  return (
    <Card size="small" title={m.candidates}>
      <Typography.Paragraph type="secondary">{m.candidatesIntro}</Typography.Paragraph>
      <Table<Candidate>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 880 }}
        columns={[
          {
            key: 'candidate',
            title: m.candidate,
            render: (_, c) => (
              <Space orientation="vertical" size={2}>
                <span>{c.cadre.name}</span>
                <Tag color={candidateStatusColors[c.status]}>
                  {t(candidateStatusLabels[c.status])}
                </Tag>
              </Space>
            ),
          },
          {
            key: 'meeting',
            title: m.meeting,
            render: (_, c) => <LatestResult results={c.threeCombinations.meeting} />,
          },
          {
            key: 'talk',
            title: m.talk,
            render: (_, c) => <LatestResult results={c.threeCombinations.talk} />,
          },
          {
            key: 'signed',
            title: m.signed,
            render: (_, c) => format(m.signedCount, { count: c.threeCombinations.signed.length }),
          },
          {
            key: 'grades',
            title: m.recentGrades,
            responsive: WIDE,
            render: (_, c) => <RecentGrades grades={c.threeCombinations.recentGrades} />,
          },
          {
            key: 'eligibility',
            title: m.eligibility,
            render: (_, c) => <EligibilityList failures={c.eligibility} />,
          },
          ...(acting
            ? [
                {
                  key: 'actions',
                  title: '',
                  // Pinned to the right edge of the scrolled table, never scrolled out of view.
                  fixed: 'right' as const,
                  width: 150,
                  render: (_: unknown, c: Candidate) => <CandidateActions candidate={c} />,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
