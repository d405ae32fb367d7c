import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { genderLabels, rankLabels, useLabel } from '@cadre/ui';
import { candidateStatusColors, candidateStatusLabels } from '../labels.ts';
import { useCaseMessages } from './messages.ts';
import type { Candidate } from './queries.ts';

/** From the decision on, the candidate has a 任免审批表 for this case. */
const CARD_STATUSES = new Set<Candidate['status']>(['APPROVED', 'APPOINTED', 'DISQUALIFIED']);

/** Who is put forward and where each stands; a cadre outside the reserve pools is flagged. */
export function CandidatesCard({
  candidates,
  caseId,
}: {
  candidates: readonly Candidate[];
  /** The workflow case: an approved candidate's 任免审批表 opens for it. */
  caseId: string;
}) {
  const m = useCaseMessages();
  const t = useLabel();
  return (
    <Card size="small" title={m.candidates}>
      <List
        size="small"
        dataSource={[...candidates]}
        locale={{ emptyText: m.noCandidates }}
        renderItem={(c) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Space wrap size={4}>
                <Link to={`/cadres/${c.cadre.id}`}>{c.cadre.name}</Link>
                <Tag color={candidateStatusColors[c.status]}>
                  {t(candidateStatusLabels[c.status])}
                </Tag>
                {c.inReservePool ? <Tag>{m.inPool}</Tag> : <Tag color="warning">{m.notInPool}</Tag>}
                {CARD_STATUSES.has(c.status) && (
                  <Link to={`/cadres/${c.cadre.id}/card?case=${encodeURIComponent(caseId)}`}>
                    {m.appointmentCard}
                  </Link>
                )}
              </Space>
              <Typography.Text type="secondary">
                {[
                  t(genderLabels[c.cadre.gender]),
                  `${c.cadre.age}`,
                  c.cadre.unit.name,
                  t(rankLabels[c.cadre.rank]),
                ].join(' · ')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
