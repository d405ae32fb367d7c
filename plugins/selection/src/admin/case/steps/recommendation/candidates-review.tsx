import { Card, Space, Table, Tag, Typography } from 'antd';
import { format, useLabel, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { percent } from '../../../common/numbers.ts';
import { candidateStatusColors, candidateStatusLabels } from '../../../labels.ts';
import { EligibilityList } from '../eligibility-list.tsx';
import { candidatesIn } from '../step-props.ts';
import { CandidateActions } from './candidate-actions.tsx';
import { useRecommendationMessages } from './messages.ts';
import type { RecommendationCandidate, RecommendationCase } from './queries.ts';

type Candidate = RecommendationCandidate;
type Result = Candidate['threeCombinations']['meeting'][number];

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

/**
 * 三个结合: each candidate's meeting votes beside the individual talks and the signed
 * recommendations, with the qualifications; then listing for inspection (列为考察对象).
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
