import type { Schema, StageProgress } from '@cadre/ui';
import { isProcessStage, PROCESS_STAGES, type ProcessStage } from '../rules.ts';
import type { CaseDetail } from './queries.ts';

type History = CaseDetail['workflowCase']['history'];

/**
 * Where the case is (`index`), or where it stopped; `PROCESS_STAGES.length` once formally
 * appointed.
 */
export interface Progress extends StageProgress {
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
