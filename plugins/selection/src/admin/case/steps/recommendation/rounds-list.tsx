import { Alert, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { format, useLabel } from '@cadre/ui';
import { percent } from '../../../common/numbers.ts';
import { methodLabels } from '../../../labels.ts';
import { RECOMMENDER_CATEGORIES, RECOMMENDER_CATEGORY_LABELS } from '../../../rules.ts';
import { candidateOf } from '../step-props.ts';
import { useRecommendationMessages } from './messages.ts';
import type { RecommendationCase } from './queries.ts';

type Round = RecommendationCase['rounds'][number];
type Line = Round['tally']['candidates'][number];

/** 推荐结果: each round's tally by category, with each candidate's share and 相对集中. */
export function RoundsList({ selectionCase }: { selectionCase: RecommendationCase }) {
  const m = useRecommendationMessages();
  const t = useLabel();
  if (selectionCase.rounds.length === 0) return <Empty description={m.noRounds} />;
  return (
    <Flex vertical gap={12}>
      {selectionCase.rounds.map((round) => {
        const categories = RECOMMENDER_CATEGORIES.filter((c) =>
          round.ballots.some((b) => b.category === c),
        );
        return (
          <Card
            key={round.id}
            size="small"
            type="inner"
            title={format(m.roundTitle, {
              method: t(methodLabels[round.method]),
              day: round.heldOn,
            })}
            extra={
              <Typography.Text type="secondary">
                {format(m.validUntil, { day: round.validUntil })}
              </Typography.Text>
            }
          >
            <Typography.Paragraph type="secondary">
              {format(m.ballots, { count: round.tally.participants })}
              {'；'}
              {round.ballots
                .map((b) => `${t(RECOMMENDER_CATEGORY_LABELS[b.category])} ${b.count}`)
                .join('，')}
              {'；'}
              {format(m.threshold, { share: percent(round.tally.threshold) })}
            </Typography.Paragraph>
            {round.tally.problems.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={m.problems}
                description={round.tally.problems.join('；')}
                style={{ marginBottom: 12 }}
              />
            )}
            <Table<Line>
              size="small"
              rowKey={(line) => line.candidate.id}
              pagination={false}
              dataSource={round.tally.candidates}
              columns={[
                { key: 'rank', title: m.rank, dataIndex: 'rank', width: 64 },
                {
                  key: 'candidate',
                  title: m.candidate,
                  render: (_, line) => candidateOf(selectionCase, line.candidate.id)?.cadre.name,
                },
                ...categories.map((category) => ({
                  key: category,
                  title: t(RECOMMENDER_CATEGORY_LABELS[category]),
                  render: (_: unknown, line: Line) =>
                    line.votesByCategory.find((v) => v.category === category)?.count ?? 0,
                })),
                { key: 'total', title: m.total, dataIndex: 'total' },
                { key: 'share', title: m.share, render: (_, line) => percent(line.share) },
                {
                  key: 'concentrated',
                  title: m.concentrated,
                  render: (_, line) =>
                    line.concentrated ? (
                      <Tag color="success">{m.concentrated}</Tag>
                    ) : (
                      <Tag color="warning">{m.notConcentrated}</Tag>
                    ),
                },
              ]}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
