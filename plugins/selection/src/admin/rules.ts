// The plugin's pure rules that the pages compute with, the very functions the server's guards
// call: a page shows live what the server will decide (quorum and pass while votes are typed, the
// four publics and the team as they are entered, why a case may not go to the meeting).
//
// Pages import rules from here only. These modules import nothing from `@cadre/core` at run time
// (types only), so they stay small in the browser; a rule module that needs core's helpers
// (dates, ranks) would pull the whole server into the page's chunk. `browser-safe.test.ts`
// keeps it so.
export { ballotProblems, hasQuorum, mayReconsider, passes } from '../domain/quorum.ts';
export {
  FOUR_MUST_LABELS,
  FOUR_MUSTS,
  inspectionTeamProblems,
  missingFourMusts,
  preAnnouncementProblems,
} from '../domain/inspection.ts';
export { deliberationBlockers } from '../domain/deliberation.ts';
export { higherApprovalBlocker, IMPORTANT_POST_GUIDANCE } from '../domain/motion.ts';
export { MIN_PUBLICITY_WORKING_DAYS } from '../domain/publicity.ts';
export {
  RECOMMENDER_CATEGORIES,
  RECOMMENDER_CATEGORY_LABELS,
} from '../domain/recommender-categories.ts';
export {
  ADJUSTMENT_TYPE_LABELS,
  ADJUSTMENT_TYPES,
  type AdjustmentType,
} from '../domain/adjustment-types.ts';
export {
  FINAL_STAGES,
  isProcessStage,
  PROCESS_STAGES,
  type ProcessStage,
  STAGE_LABELS,
  STAGES,
} from '../server/stages.ts';
