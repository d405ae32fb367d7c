import { Steps } from 'antd';
import { dayText } from '../i18n/dates.ts';
import { type Label, useLabel } from '../i18n/label.ts';
import type { WorkflowHistory } from './queries.ts';

/** Where a case stands on its plugin's stages. */
export interface StageProgress {
  /** The stage the case is at, or where it stopped; past the last once it is through. */
  index: number;
  status: 'process' | 'finish' | 'error';
}

/** The instant the case entered `stage` (the latest, should it have entered twice). */
const enteredAt = (history: WorkflowHistory, stage: string): string | undefined =>
  history.findLast((entry) => entry.toState === stage)?.at;

/**
 * A case's stages with the day each began. The stages reached so far open their records (click,
 * or Tab and Enter); the ones ahead are not reachable.
 */
export function StageTimeline<S extends string>({
  label,
  stages,
  stageLabels,
  history,
  progress,
  viewed,
  viewedClassName,
  onView,
}: {
  /** Names the timeline for screen readers. */
  label: string;
  stages: readonly S[];
  stageLabels: Readonly<Record<S, Label>>;
  history: WorkflowHistory;
  progress: StageProgress;
  viewed: S;
  /** The plugin's class marking the stage whose records are shown. */
  viewedClassName: string;
  onView: (stage: S) => void;
}) {
  const t = useLabel();
  return (
    <nav aria-label={label} style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        titlePlacement="vertical"
        current={progress.index}
        status={progress.status}
        onChange={(index) => {
          const stage = stages[index];
          if (stage) onView(stage);
        }}
        items={stages.map((stage, index) => {
          const at = enteredAt(history, stage);
          return {
            key: stage,
            title: t(stageLabels[stage]),
            content: at && dayText(at),
            disabled: index > Math.min(progress.index, stages.length - 1),
            className: stage === viewed ? viewedClassName : undefined,
          };
        })}
      />
    </nav>
  );
}
