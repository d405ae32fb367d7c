import { bilingual, setting } from '@cadre/core';
import { z } from 'zod';
import { DEFAULT_ELIGIBILITY_RULES, eligibilityRulesSchema } from './eligibility.ts';
import { MIN_PUBLICITY_WORKING_DAYS } from './publicity.ts';

// A district's settings for selection. What the regulation fixes (the quorum, the 5-day floor of
// publicity) is not a setting; the rest are defaults a district may change.

export const selectionConfigSchema = z.strictObject({
  publicityWorkingDays: z
    .int()
    .min(
      MIN_PUBLICITY_WORKING_DAYS,
      bilingual('公示期不少于五个工作日（条例规定）', 'Publicity lasts at least 5 working days'),
    )
    .max(30)
    .meta(
      setting(
        { zh: '任前公示期（工作日）', en: 'Pre-appointment publicity (working days)' },
        { help: { zh: '条例规定不少于5个工作日', en: 'At least 5 working days by regulation' } },
      ),
    ),
  concentrationThreshold: z
    .number()
    .gt(0, bilingual('比例应大于0', 'The share must be above 0'))
    .max(1, bilingual('比例不能超过1', 'The share cannot exceed 1'))
    .meta(
      setting(
        { zh: '推荐得票相对集中比例', en: 'Share of ballots that counts as concentrated' },
        {
          help: {
            zh: '条例未规定具体比例，由本地规定；得票低于此比例的不提拔',
            en: 'Left to local rules by the regulation; a candidate below it is not promoted',
          },
        },
      ),
    ),
  eligibility: eligibilityRulesSchema.meta(setting({ zh: '资格条件', en: 'Qualifications' })),
});
export type SelectionConfig = z.infer<typeof selectionConfigSchema>;

export const SELECTION_DEFAULTS: SelectionConfig = {
  publicityWorkingDays: MIN_PUBLICITY_WORKING_DAYS,
  // 得票不是相对集中的一律不提 (seed 001): the regulation sets no figure; half of the ballots is a
  // common local rule.
  concentrationThreshold: 0.5,
  eligibility: DEFAULT_ELIGIBILITY_RULES,
};
