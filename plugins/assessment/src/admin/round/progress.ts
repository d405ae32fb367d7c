import type { Schema, StageProgress } from '@cadre/ui';
import { ROUND_STAGES, type RoundStage } from '../rules.ts';
import type { History } from './queries.ts';

/** Where the round is (`index`), or where it was withdrawn. */
export interface Progress extends StageProgress {
  /** The stage whose records the page opens with. */
  stage: RoundStage;
}

const isStage = (value: string | null | undefined): value is RoundStage =>
  (ROUND_STAGES as readonly (string | null | undefined)[]).includes(value);

/** Where a round stands: a withdrawn round stops at the stage it was withdrawn from. */
export function progressOf(stage: Schema.AssessmentRoundStage, history: History): Progress {
  if (stage === 'CONCLUDED') return { index: ROUND_STAGES.length - 1, status: 'finish', stage };
  if (isStage(stage)) return { index: ROUND_STAGES.indexOf(stage), status: 'process', stage };
  const from = history.at(-1)?.fromState;
  const stopped = isStage(from) ? from : 'PREPARATION';
  return { index: ROUND_STAGES.indexOf(stopped), status: 'error', stage: stopped };
}

/** The stage asked for in the address, if the round has reached it; else where it stands. */
export function viewedStage(asked: string | null, progress: Progress): RoundStage {
  return isStage(asked) && ROUND_STAGES.indexOf(asked) <= progress.index ? asked : progress.stage;
}
