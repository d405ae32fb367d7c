// What the code lists of the archive's records (A14 奖惩, A15 年度考核) and of the influence-period
// engine are called in the UI: the names the cadre card prints, as core's archive-labels.ts has them.
import type { Schema } from '../graphql.ts';
import type { Label } from '../i18n/label.ts';

type Labels<E extends string> = Record<E, Label>;

export const rewardKindLabels: Labels<Schema.RewardKind> = {
  COMMENDATION: { zh: '嘉奖', en: 'Commendation' },
  MERIT_THIRD_CLASS: { zh: '记三等功', en: 'Third-class merit' },
  MERIT_SECOND_CLASS: { zh: '记二等功', en: 'Second-class merit' },
  MERIT_FIRST_CLASS: { zh: '记一等功', en: 'First-class merit' },
  HONORARY_TITLE: { zh: '授予荣誉称号', en: 'Honorary title' },
  OTHER: { zh: '其他奖励', en: 'Other reward' },
};

/** The full name, family first (`党纪处分：严重警告`), as a select lists them. */
export const sanctionKindLabels: Labels<Schema.SanctionKind> = {
  ADMIN_WARNING: { zh: '政务处分：警告', en: 'Administrative sanction: warning' },
  ADMIN_DEMERIT: { zh: '政务处分：记过', en: 'Administrative sanction: demerit' },
  ADMIN_MAJOR_DEMERIT: { zh: '政务处分：记大过', en: 'Administrative sanction: major demerit' },
  ADMIN_DEMOTION: { zh: '政务处分：降级', en: 'Administrative sanction: demotion in grade' },
  ADMIN_DISMISSAL: { zh: '政务处分：撤职', en: 'Administrative sanction: dismissal from post' },
  ADMIN_EXPULSION: { zh: '政务处分：开除', en: 'Administrative sanction: expulsion' },
  PARTY_WARNING: { zh: '党纪处分：警告', en: 'Party discipline: warning' },
  PARTY_SERIOUS_WARNING: { zh: '党纪处分：严重警告', en: 'Party discipline: serious warning' },
  PARTY_POST_REMOVAL: {
    zh: '党纪处分：撤销党内职务',
    en: 'Party discipline: removal from party posts',
  },
  PARTY_PROBATION: { zh: '党纪处分：留党察看', en: 'Party discipline: probation' },
  PARTY_EXPULSION: { zh: '党纪处分：开除党籍', en: 'Party discipline: expulsion' },
  HANDLING_SUSPENSION: {
    zh: '组织处理：停职检查',
    en: 'Organizational handling: suspension for examination',
  },
  HANDLING_TRANSFER: { zh: '组织处理：调离岗位', en: 'Organizational handling: transfer' },
  HANDLING_ORDERED_RESIGNATION: {
    zh: '组织处理：责令辞职',
    en: 'Organizational handling: ordered resignation',
  },
  HANDLING_REMOVAL: { zh: '组织处理：免职', en: 'Organizational handling: removal from office' },
  HANDLING_DEMOTION: { zh: '组织处理：降职', en: 'Organizational handling: demotion in post' },
  SUPERVISION_REMINDER: { zh: '提醒', en: 'Reminder' },
  SUPERVISION_LETTER_INQUIRY: { zh: '函询', en: 'Letter of inquiry' },
  SUPERVISION_ADMONISHMENT: { zh: '诫勉', en: 'Admonishment' },
};

/** Civil servants: 优秀/称职/基本称职/不称职; public institutions: 优秀/合格/基本合格/不合格. */
export const annualGradeLabels: Labels<Schema.AnnualGrade> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  COMPETENT: { zh: '称职', en: 'Competent' },
  BASIC_COMPETENT: { zh: '基本称职', en: 'Basically competent' },
  INCOMPETENT: { zh: '不称职', en: 'Incompetent' },
  QUALIFIED: { zh: '合格', en: 'Qualified' },
  BASIC_QUALIFIED: { zh: '基本合格', en: 'Basically qualified' },
  UNQUALIFIED: { zh: '不合格', en: 'Unqualified' },
  UNRATED: { zh: '不定等次', en: 'Not rated' },
};

/** What an influence period (影响期) bars. */
export const restrictionKindLabels: Labels<Schema.RestrictionKind> = {
  NO_PROMOTION: { zh: '不得提拔', en: 'No promotion' },
  NO_IMPORTANT_POST: { zh: '不得重用', en: 'No important post' },
  NO_LEADING_POST: { zh: '不得担任领导职务', en: 'No leading post' },
  NO_HIGHER_POST: { zh: '不得担任高于原任职务层次的职务', en: 'No post above the former one' },
  NO_EXCELLENT_GRADE: { zh: '不得评优', en: 'No excellent grade' },
};

/** What a revision of an archive record replaced it by. */
export const archiveRecordActionLabels: Labels<Schema.ArchiveRecordAction> = {
  CORRECT: { zh: '更正', en: 'Corrected' },
  LIFT: { zh: '解除', en: 'Lifted' },
  REVOKE: { zh: '撤销', en: 'Revoked' },
};
