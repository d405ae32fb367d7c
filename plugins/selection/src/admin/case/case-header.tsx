import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { format, PageHeader, rankLabels, useLabel } from '@cadre/ui';
import { CaseTags } from '../common/case-tags.tsx';
import { StageTag } from '../common/stage-tag.tsx';
import { ADJUSTMENT_TYPE_LABELS } from '../rules.ts';
import { useCaseMessages } from './messages.ts';
import type { CaseDetail } from './queries.ts';

/** The case's title, post and stage, and the way to its printable full-process record. */
export function CaseHeader({ selectionCase: c }: { selectionCase: CaseDetail }) {
  const m = useCaseMessages();
  const t = useLabel();
  const navigate = useNavigate();
  return (
    <PageHeader
      title={c.title}
      tags={
        <>
          <StageTag stage={c.stage} title={m.currentStage} />
          <CaseTags {...c} />
        </>
      }
      intro={format(m.intro, {
        unit: c.unit.name,
        post: c.postTitle,
        rank: t(rankLabels[c.targetRank]),
        type: t(ADJUSTMENT_TYPE_LABELS[c.adjustmentType]),
      })}
      actions={
        <Button
          icon={<FileTextOutlined />}
          onClick={() => navigate(`/selection/cases/${c.id}/record`)}
        >
          {m.record}
        </Button>
      }
    />
  );
}
