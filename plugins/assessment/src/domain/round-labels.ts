import type { Label } from '@cadre/core';
import type { AssessmentKind, ConsequenceKind, EvaluationSubjectKind } from '@cadre/db/client';

// The names of a round's kinds, evaluation subjects and consequences, as the server's messages and
// the pages say them. No run-time import of `@cadre/core`, so the pages take them from here.

export const KIND_LABELS: Record<AssessmentKind, Label> = {
  ANNUAL: { zh: '年度考核', en: 'Annual assessment' },
  SPECIAL: { zh: '专项考核', en: 'Special assessment' },
  TERM: { zh: '任期考核', en: 'Term assessment' },
};

/** 多元评价主体 (seed 004), and third-party satisfaction surveys as one more subject. */
export const SUBJECT_LABELS: Record<EvaluationSubjectKind, Label> = {
  SELF: { zh: '自我评价', en: 'self-evaluation' },
  SUPERIOR: { zh: '上级评价', en: 'superiors' },
  PEER: { zh: '同级评价', en: 'peers' },
  SUBORDINATE: { zh: '下级评价', en: 'subordinates' },
  FUNCTIONAL_DEPARTMENT: { zh: '相关职能部门评价', en: 'functional departments' },
  EXPERT: { zh: '专家评价', en: 'experts' },
  MASSES: { zh: '群众评价', en: 'the masses' },
  SATISFACTION_SURVEY: { zh: '满意度测评', en: 'satisfaction survey' },
};

export const SUBJECTS_LABEL: Label = { zh: '评价主体', en: 'evaluation subjects' };
export const ITEMS_LABEL: Label = { zh: '评价要素', en: 'evaluation items' };

export const CONSEQUENCE_LABELS: Record<ConsequenceKind, Label> = {
  COMMENDATION: { zh: '嘉奖', en: 'Commendation' },
  MERIT_THIRD_CLASS: { zh: '记三等功', en: 'Third-class merit' },
  ADMONISH_OR_ADJUST: { zh: '诫勉或调整', en: 'Admonishment or adjustment' },
  ADJUSTMENT: { zh: '按能上能下规定调整', en: 'Adjustment (能上能下)' },
  EXCELLENCE_INELIGIBLE: { zh: '取消评优资格', en: 'No 评优 this year' },
  LEADER_TALK: { zh: '组织部长约谈主要领导', en: 'Talk with the principal leader' },
};
