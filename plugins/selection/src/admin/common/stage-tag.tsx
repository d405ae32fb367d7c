import { Tag } from 'antd';
import { type Schema, useLabel } from '@cadre/ui';
import { FINAL_STAGES, STAGE_LABELS } from '../rules.ts';

const ENDED_COLORS: Partial<Record<Schema.SelectionStage, string>> = {
  FORMAL: 'success',
  REVERTED: 'error',
  WITHDRAWN: 'default',
};

/**
 * The stage of a case: blue while it runs, green, red or grey once it has ended. `title` names
 * what the tag is (“当前环节”) where the page does not say so around it.
 */
export function StageTag({ stage, title }: { stage: Schema.SelectionStage; title?: string }) {
  const t = useLabel();
  const color = FINAL_STAGES.includes(stage) ? ENDED_COLORS[stage] : 'processing';
  return (
    <Tag color={color} title={title}>
      {t(STAGE_LABELS[stage])}
    </Tag>
  );
}
