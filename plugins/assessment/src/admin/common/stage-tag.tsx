import { Tag } from 'antd';
import { type Schema, useLabel } from '@cadre/ui';
import { ROUND_STAGE_LABELS } from '../rules.ts';

const ENDED_COLORS: Partial<Record<Schema.AssessmentRoundStage, string>> = {
  CONCLUDED: 'success',
  WITHDRAWN: 'default',
};

/**
 * The stage of a round: blue while it runs, green once concluded, grey when withdrawn. `title`
 * names what the tag is (“当前环节”) where the page does not say so around it.
 */
export function StageTag({ stage, title }: { stage: Schema.AssessmentRoundStage; title?: string }) {
  const t = useLabel();
  return (
    <Tag color={ENDED_COLORS[stage] ?? 'processing'} title={title}>
      {t(ROUND_STAGE_LABELS[stage])}
    </Tag>
  );
}
