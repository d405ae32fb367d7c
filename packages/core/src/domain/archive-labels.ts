import type { AnnualGrade, RewardKind, SanctionKind } from '@cadre/db/client';
import type { Label } from '../contract/plugin.ts';

// Names of the archive's code lists (A14 奖惩, A15 年度考核) as the cadre card and the
// influence-period explanations print them.

export const REWARD_KIND_LABELS: Record<RewardKind, Label> = {
  COMMENDATION: { zh: '嘉奖', en: 'commendation' },
  MERIT_THIRD_CLASS: { zh: '记三等功', en: 'third-class merit' },
  MERIT_SECOND_CLASS: { zh: '记二等功', en: 'second-class merit' },
  MERIT_FIRST_CLASS: { zh: '记一等功', en: 'first-class merit' },
  HONORARY_TITLE: { zh: '授予荣誉称号', en: 'honorary title' },
  OTHER: { zh: '其他奖励', en: 'other reward' },
};

/** Civil servants are rated 优秀/称职/基本称职/不称职, staff of public institutions 优秀/合格/基本合格/不合格. */
export const ANNUAL_GRADE_LABELS: Record<AnnualGrade, Label> = {
  EXCELLENT: { zh: '优秀', en: 'excellent' },
  COMPETENT: { zh: '称职', en: 'competent' },
  BASIC_COMPETENT: { zh: '基本称职', en: 'basically competent' },
  INCOMPETENT: { zh: '不称职', en: 'incompetent' },
  QUALIFIED: { zh: '合格', en: 'qualified' },
  BASIC_QUALIFIED: { zh: '基本合格', en: 'basically qualified' },
  UNQUALIFIED: { zh: '不合格', en: 'unqualified' },
  UNRATED: { zh: '不定等次', en: 'not rated' },
};

/** The family a sanction kind belongs to: the prefix of its code. */
export type SanctionFamily = SanctionKind extends `${infer F}_${string}` ? F : never;

export const SANCTION_FAMILY_LABELS: Record<SanctionFamily, Label> = {
  ADMIN: { zh: '政务处分', en: 'administrative sanction' },
  PARTY: { zh: '党纪处分', en: 'party discipline' },
  HANDLING: { zh: '组织处理', en: 'organizational handling' },
  SUPERVISION: { zh: '监督措施', en: 'supervisory measure' },
};

/** A measure's own name, as a notice says `给予…处分`; ambiguous without its family. */
export const SANCTION_KIND_SHORT_LABELS: Record<SanctionKind, Label> = {
  ADMIN_WARNING: { zh: '警告', en: 'warning' },
  ADMIN_DEMERIT: { zh: '记过', en: 'demerit' },
  ADMIN_MAJOR_DEMERIT: { zh: '记大过', en: 'major demerit' },
  ADMIN_DEMOTION: { zh: '降级', en: 'demotion in grade' },
  ADMIN_DISMISSAL: { zh: '撤职', en: 'dismissal from post' },
  ADMIN_EXPULSION: { zh: '开除', en: 'expulsion' },
  PARTY_WARNING: { zh: '党内警告', en: 'party warning' },
  PARTY_SERIOUS_WARNING: { zh: '党内严重警告', en: 'serious party warning' },
  PARTY_POST_REMOVAL: { zh: '撤销党内职务', en: 'removal from party posts' },
  PARTY_PROBATION: { zh: '留党察看', en: 'probation within the party' },
  PARTY_EXPULSION: { zh: '开除党籍', en: 'expulsion from the party' },
  HANDLING_SUSPENSION: { zh: '停职检查', en: 'suspension for examination' },
  HANDLING_TRANSFER: { zh: '调离岗位', en: 'transfer from the post' },
  HANDLING_ORDERED_RESIGNATION: { zh: '责令辞职', en: 'ordered resignation' },
  HANDLING_REMOVAL: { zh: '免职', en: 'removal from office' },
  HANDLING_DEMOTION: { zh: '降职', en: 'demotion in post' },
  SUPERVISION_REMINDER: { zh: '提醒', en: 'reminder' },
  SUPERVISION_LETTER_INQUIRY: { zh: '函询', en: 'letter of inquiry' },
  SUPERVISION_ADMONISHMENT: { zh: '诫勉', en: 'admonishment' },
};

export function sanctionFamily(kind: SanctionKind): SanctionFamily {
  return kind.slice(0, kind.indexOf('_')) as SanctionFamily;
}

/** The full name, family first: `政务处分：记大过`. */
export const SANCTION_KIND_LABELS = Object.fromEntries(
  Object.entries(SANCTION_KIND_SHORT_LABELS).map(([kind, short]) => {
    const family = SANCTION_FAMILY_LABELS[sanctionFamily(kind as SanctionKind)];
    return [kind, { zh: `${family.zh}：${short.zh}`, en: `${family.en}: ${short.en}` }];
  }),
) as Record<SanctionKind, Label>;
