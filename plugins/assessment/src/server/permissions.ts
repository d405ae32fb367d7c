import type { PermissionSpec } from '@cadre/core';

// What the plugin lets a role do. 考核办 (assessment-office) holds `assessment.*`; 部领导
// `*.read` and `*.approve`; a unit's assessor (unit-assessor) only the own-unit keys, which read
// and write the daily assessment of the viewer's own unit and read its results.

export const ASSESSMENT_PERMISSION = {
  readIndicators: 'assessment.indicator.read',
  writeIndicators: 'assessment.indicator.write',
  readDaily: 'assessment.daily.read',
  writeDaily: 'assessment.daily.write',
  readOwnUnit: 'assessment.own-unit.read',
  writeOwnUnit: 'assessment.own-unit.write',
  readRounds: 'assessment.round.read',
  openRound: 'assessment.round.open',
  score: 'assessment.round.score',
  allocate: 'assessment.round.allocate',
  approveCap: 'assessment.round.approve',
  conclude: 'assessment.round.conclude',
  actOnConsequence: 'assessment.consequence.act',
} as const;

const P = ASSESSMENT_PERMISSION;

export const ASSESSMENT_PERMISSIONS: Record<string, PermissionSpec> = {
  [P.readIndicators]: {
    zh: '查看考核指标体系与单位指标得分',
    en: 'Read indicators and unit results',
  },
  [P.writeIndicators]: {
    zh: '维护考核指标体系、登记单位指标得分',
    en: 'Edit indicator sets and record unit results',
  },
  [P.readDaily]: { zh: '查看全区平时考核', en: 'Read the daily assessment of every unit' },
  [P.writeDaily]: {
    zh: '登记平时考核（周记实、月自查、季考评、直接扣分）',
    en: 'Record the daily assessment (weekly, monthly, quarterly, deductions)',
  },
  [P.readOwnUnit]: {
    zh: '查看本单位平时考核与考核结果',
    en: 'Read the own unit’s daily assessment and results',
  },
  [P.writeOwnUnit]: {
    zh: '登记本单位平时考核',
    en: 'Record the own unit’s daily assessment',
  },
  [P.readRounds]: { zh: '查看年度、专项、任期考核', en: 'Read assessment rounds' },
  [P.openRound]: { zh: '发起考核（年度、专项、任期）', en: 'Open assessment rounds' },
  [P.score]: { zh: '设置评价主体、录入测评分数', en: 'Set evaluation subjects and enter scores' },
  [P.allocate]: { zh: '确定考核等次', en: 'Allocate grades' },
  // Sensitive: the office that allocates the grades does not raise its own cap; 部领导 holds
  // it by its exact key.
  [P.approveCap]: {
    zh: '批准提高优秀等次比例',
    en: 'Approve a raised share of 优秀',
    sensitive: true,
  },
  [P.conclude]: {
    zh: '考核结果定档（记入干部档案）',
    en: 'Conclude rounds (grades written to the archive)',
  },
  [P.actOnConsequence]: {
    zh: '办理考核结果运用（嘉奖、记功、诫勉、调整）',
    en: 'Act on consequences (commendation, merit, admonishment, adjustment)',
  },
};
