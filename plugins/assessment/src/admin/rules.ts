// The plugin's pure rules that the pages compute with, the very functions the server calls: a
// page shows live what the server will decide (the weights' sum while an indicator is typed).
//
// Pages import rules from here only. These modules import nothing from `@cadre/core` at run time
// (types only), so they stay small in the browser.
export {
  INDICATOR_CATEGORIES,
  INDICATOR_CATEGORY_LABELS,
  INDICATOR_SCORING_LABELS,
  INDICATOR_SCORINGS,
} from '../domain/indicator-labels.ts';
export { setWeightProblems, setWeightTotal } from '../domain/indicators.ts';
export {
  DAILY_RECORD_KIND_LABELS,
  needsComment,
  QUARTER_GRADE_LABELS,
} from '../domain/daily-terms.ts';
export { capProblems, excellentLimit, limitCounting } from '../domain/excellent-cap.ts';
export { GROUP_GRADES, GROUP_LABELS, UNRATED } from '../domain/grade-scales.ts';
export {
  CONSEQUENCE_LABELS,
  ITEMS_LABEL,
  KIND_LABELS,
  SUBJECT_LABELS,
  SUBJECTS_LABEL,
} from '../domain/round-labels.ts';
export { gradesGiven } from '../domain/results.ts';
export { weightProblems } from '../domain/weights.ts';
export { ROUND_STAGE_LABELS, ROUND_STAGES, type RoundStage } from '../server/stages.ts';
