import { bilingual, setting } from '@cadre/core';
import { z } from 'zod';

// A district's settings for assessment. The caps the regulations fix (优秀 ≤ 20% of civil
// servants, ≤ 25% with approval; 15% of public-institution staff, ≤ 20%) are the defaults and the
// ceilings; a district may be stricter, never looser.

const percent = (max: number) =>
  z
    .number()
    .min(0, bilingual('比例不能小于0', 'A share cannot be below 0'))
    .max(max, bilingual(`比例不能超过${max}%`, `A share cannot exceed ${max}%`));

/** A cap in percent of the assessed group: the normal one, and the one allowed with approval. */
const capSchema = (normal: number, raised: number) =>
  z
    .strictObject({
      normal: percent(normal).meta(setting({ zh: '一般不超过（%）', en: 'Normally at most (%)' })),
      raised: percent(raised).meta(
        setting({ zh: '经批准不超过（%）', en: 'With approval at most (%)' }),
      ),
    })
    .refine(
      (cap) => cap.raised >= cap.normal,
      bilingual('经批准的比例不能低于一般比例', 'The approved cap cannot be below the normal one'),
    );

export const assessmentConfigSchema = z.strictObject({
  excellentCap: z
    .strictObject({
      LEADERS: capSchema(20, 25).meta(setting({ zh: '领导干部', en: 'Leaders' })),
      CIVIL_SERVANTS: capSchema(20, 25).meta(setting({ zh: '公务员', en: 'Civil servants' })),
      PUBLIC_INSTITUTIONS: capSchema(15, 20).meta(
        setting({ zh: '事业单位工作人员', en: 'Public institution staff' }),
      ),
    })
    .meta(setting({ zh: '优秀等次比例', en: 'Share of 优秀' })),
  dailyWeight: percent(50).meta(
    setting(
      {
        zh: '平时考核在年度考核中的权重（%）',
        en: 'Weight of the daily assessment in the year (%)',
      },
      {
        help: {
          zh: '季考评平均分按此权重计入年度考核总分',
          en: 'The quarterly average counts in the annual total with this weight',
        },
      },
    ),
  ),
  unitResultWeight: percent(50).meta(
    setting({
      zh: '单位实绩在领导干部考核中的权重（%）',
      en: 'Weight of the unit’s results for its leaders (%)',
    }),
  ),
  publicityWorkingDays: z
    .int()
    .min(1, bilingual('公示至少1个工作日', 'Publicity lasts at least 1 working day'))
    .max(15)
    .meta(
      setting({
        zh: '平时考核结果公示（工作日）',
        en: 'Daily results published for (working days)',
      }),
    ),
  thresholds: z
    .strictObject({
      excellent: percent(100).meta(setting({ zh: '优秀最低分', en: 'Lowest total for 优秀' })),
      basic: percent(100).meta(setting({ zh: '低于此分为基本称职', en: 'Below this: 基本称职' })),
      failing: percent(100).meta(setting({ zh: '低于此分为不称职', en: 'Below this: 不称职' })),
    })
    .refine(
      (t) => t.failing <= t.basic && t.basic <= t.excellent,
      bilingual('分数线应依次递增', 'The thresholds must rise in order'),
    )
    .meta(setting({ zh: '等次分数线', en: 'Grade thresholds' })),
  /** 指标失分超过责任分值20% (seed 004). */
  indicatorLossLimit: percent(100).meta(
    setting(
      {
        zh: '指标失分上限（占责任分值%）',
        en: 'Indicator loss limit (% of the responsibility score)',
      },
      {
        help: {
          zh: '超过的单位取消评优资格，组织部长约谈主要领导',
          en: 'A unit above it loses 评优 eligibility and its leader gets a talk',
        },
      },
    ),
  ),
});
export type AssessmentConfig = z.infer<typeof assessmentConfigSchema>;

export const ASSESSMENT_DEFAULTS: AssessmentConfig = {
  excellentCap: {
    LEADERS: { normal: 20, raised: 25 },
    CIVIL_SERVANTS: { normal: 20, raised: 25 },
    PUBLIC_INSTITUTIONS: { normal: 15, raised: 20 },
  },
  // Seed 004 raised the weight of the daily assessment without naming it; 30% is a common rule.
  dailyWeight: 30,
  unitResultWeight: 20,
  publicityWorkingDays: 5,
  thresholds: { excellent: 90, basic: 70, failing: 60 },
  indicatorLossLimit: 20,
};
