import { Steps } from 'antd';
import { useLabel } from '@cadre/ui';
import { dayText } from '../common/dates.ts';
import { PROCESS_STAGES, type ProcessStage, STAGE_LABELS } from '../rules.ts';
import { useCaseMessages } from './messages.ts';
import { enteredAt, type Progress } from './progress.ts';
import type { CaseDetail } from './queries.ts';

/**
 * 动议 → … → 试用期 with the day each step began. The steps reached so far open their records
 * (click, or Tab and Enter); the ones ahead are not reachable.
 */
export function StageTimeline({
  history,
  progress,
  viewed,
  onView,
}: {
  history: CaseDetail['workflowCase']['history'];
  progress: Progress;
  viewed: ProcessStage;
  onView: (stage: ProcessStage) => void;
}) {
  const m = useCaseMessages();
  const t = useLabel();
  return (
    <nav aria-label={m.timeline} style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        titlePlacement="vertical"
        current={progress.index}
        status={progress.status}
        onChange={(index) => {
          const stage = PROCESS_STAGES[index];
          if (stage) onView(stage);
        }}
        items={PROCESS_STAGES.map((stage, index) => {
          const at = enteredAt(history, stage);
          return {
            key: stage,
            title: t(STAGE_LABELS[stage]),
            content: at && dayText(at),
            disabled: index > Math.min(progress.index, PROCESS_STAGES.length - 1),
            className: stage === viewed ? 'selection-step-viewed' : undefined,
          };
        })}
      />
    </nav>
  );
}
