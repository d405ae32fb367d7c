import type { Schema } from '@cadre/ui';
import { isProcessStage, PROCESS_STAGES, type ProcessStage } from '../rules.ts';
import type { CaseDetail } from './queries.ts';

type History = CaseDetail['workflowCase']['history'];

export interface Progress {
  /** The step the case is at, or where it stopped; `PROCESS_STAGES.length` once formally appointed. */
  index: number;
  status: 'process' | 'finish' | 'error';
  /** The step whose records the page opens with. */
  step: ProcessStage;
}

/** Where a case stands on the process: withdrawn cases stop where they were withdrawn. */
export function progressOf(stage: Schema.SelectionStage, history: History): Progress {
  if (isProcessStage(stage))
    return { index: PROCESS_STAGES.indexOf(stage), status: 'process', step: stage };
  if (stage === 'FORMAL')
    return { index: PROCESS_STAGES.length, status: 'finish', step: 'PROBATION' };
  const from = history.at(-1)?.fromState ?? null;
  const stopped = stage === 'REVERTED' ? 'PROBATION' : isProcessStage(from) ? from : 'MOTION';
  return { index: PROCESS_STAGES.indexOf(stopped), status: 'error', step: stopped };
}

/** The instant the case entered `stage` (the latest, should it have entered twice). */
export function enteredAt(history: History, stage: ProcessStage): string | undefined {
  return history.findLast((entry) => entry.toState === stage)?.at;
}
