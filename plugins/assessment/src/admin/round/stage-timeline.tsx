import { Steps } from 'antd';
import dayjs from 'dayjs';
import { useLabel } from '@cadre/ui';
import { ROUND_STAGE_LABELS, ROUND_STAGES, type RoundStage } from '../rules.ts';
import { useRoundMessages } from './messages.ts';
import { enteredAt, type Progress } from './progress.ts';
import type { History } from './queries.ts';

/**
 * 准备 → 测评打分 → 确定等次 → 结果运用 with the day each began. The stages reached so far open
 * their records (click, or Tab and Enter); the ones ahead are not reachable.
 */
export function StageTimeline({
  history,
  progress,
  viewed,
  onView,
}: {
  history: History;
  progress: Progress;
  viewed: RoundStage;
  onView: (stage: RoundStage) => void;
}) {
  const m = useRoundMessages();
  const t = useLabel();
  return (
    <nav aria-label={m.timeline} style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        titlePlacement="vertical"
        current={progress.index}
        status={progress.status}
        onChange={(index) => {
          const stage = ROUND_STAGES[index];
          if (stage) onView(stage);
        }}
        items={ROUND_STAGES.map((stage, index) => {
          const at = enteredAt(history, stage);
          return {
            key: stage,
            title: t(ROUND_STAGE_LABELS[stage]),
            content: at && dayjs(at).format('YYYY-MM-DD'),
            disabled: index > progress.index,
            className: stage === viewed ? 'assessment-stage-viewed' : undefined,
          };
        })}
      />
    </nav>
  );
}
