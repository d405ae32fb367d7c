import type { Label } from '@cadre/core';
import type { IndicatorCategory, IndicatorScoring } from '@cadre/db/client';

// The names the indicator library shows: the categories of seed 004 and the ways a unit's
// achievement becomes points.

export const INDICATOR_CATEGORIES = [
  'ECONOMIC',
  'SOCIAL',
  'ECOLOGICAL',
  'PARTY_BUILDING',
  'INTEGRITY',
  'STABILITY',
  'CONSTRAINT',
] as const satisfies readonly IndicatorCategory[];

/**
 * Seed 004: 把民生改善、社会进步、生态效益等指标作为经济社会发展考核的重要内容，加大资源消耗、
 * 环境保护、消化过剩产能、安全生产等约束性指标的权重，把党风廉政建设…作为政绩考核的重要内容;
 * 提高了社会稳定和党的建设赋分.
 */
export const INDICATOR_CATEGORY_LABELS: Record<IndicatorCategory, Label> = {
  ECONOMIC: { zh: '经济发展', en: 'Economic development' },
  SOCIAL: { zh: '社会进步与民生', en: 'Social progress' },
  ECOLOGICAL: { zh: '生态效益', en: 'Ecology' },
  PARTY_BUILDING: { zh: '党的建设', en: 'Party building' },
  INTEGRITY: { zh: '党风廉政', en: 'Integrity' },
  STABILITY: { zh: '社会稳定', en: 'Stability' },
  CONSTRAINT: { zh: '约束性指标', en: 'Constraint indicators' },
};

export const INDICATOR_SCORINGS = [
  'TARGET_RATIO',
  'RANKING',
  'LEVELS',
  'YES_NO',
] as const satisfies readonly IndicatorScoring[];

export const INDICATOR_SCORING_LABELS: Record<IndicatorScoring, Label> = {
  TARGET_RATIO: { zh: '按完成比例', en: 'Share of the target' },
  RANKING: { zh: '按排名', en: 'Ranking' },
  LEVELS: { zh: '按档次', en: 'Levels' },
  YES_NO: { zh: '是否完成', en: 'Done or not' },
};
