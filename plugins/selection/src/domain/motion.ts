import type { Label, QuotaFigures } from '@cadre/core';

// 动议 (条例 第三章): the motion names a vacancy. Seed 002: 严格干部职数管理，做到职数不缺的单位
// 坚决不配干部，杜绝新的超职数配备干部现象发生.

export type MotionQuotaResult =
  { allowed: true; overQuota: boolean } | { allowed: false; reason: Label };

/**
 * Whether a motion may go ahead against the unit's quota at the post's level. With no vacancy it
 * is refused, unless a justification is recorded *and* the actor holds the permission to
 * override; it then goes ahead marked as over quota, for the record and the statistics.
 */
export function motionQuotaCheck({
  figures,
  justification,
  mayOverride,
}: {
  figures: QuotaFigures;
  justification: string | null;
  mayOverride: boolean;
}): MotionQuotaResult {
  if (figures.vacant > 0) return { allowed: true, overQuota: false };
  const counts = {
    zh: `核定${figures.approved}名，已配备${figures.filled}名`,
    en: `${figures.approved} approved, ${figures.filled} filled`,
  };
  if (!justification || justification.trim() === '') {
    return {
      allowed: false,
      reason: {
        zh: `职数不缺的单位坚决不配干部：该单位无空缺职数（${counts.zh}），须说明理由`,
        en: `No vacancy in the unit (${counts.en}): a motion needs a recorded justification`,
      },
    };
  }
  if (!mayOverride) {
    return {
      allowed: false,
      reason: {
        zh: `该单位无空缺职数（${counts.zh}），无权超职数动议`,
        en: `No vacancy in the unit (${counts.en}), and no permission to propose beyond the quota`,
      },
    };
  }
  return { allowed: true, overQuota: true };
}

/** Seed 002 names the posts that need the higher organization department's consent first. */
export const IMPORTANT_POSTS: readonly Label[] = [
  { zh: '纪委副书记', en: 'Deputy secretary of the discipline commission' },
  { zh: '组织部副部长', en: 'Deputy head of the organization department' },
  { zh: '街道党政正职', en: 'Party secretary or director of a sub-district' },
];

export const IMPORTANT_POST_GUIDANCE: Label = {
  zh: '对纪委副书记、组织部副部长和街道党政正职等重要岗位的任用意向，先向上级组织部门报告，待同意批复后再上会研究',
  en: 'For important posts (deputy discipline secretary, deputy organization head, sub-district heads …) report the intended appointment to the higher organization department first, and put it to the meeting only after its consent',
};

/** 先报告，待批复后再上会: an important post needs the higher department's consent. */
export function requiresHigherApproval({ important }: { important: boolean }): boolean {
  return important;
}

/** Why the case may not go to the meeting yet for want of that consent; null when it may. */
export function higherApprovalBlocker({
  important,
  approvedOn,
}: {
  important: boolean;
  approvedOn: Date | null;
}): Label | null {
  if (!requiresHigherApproval({ important }) || approvedOn) return null;
  return {
    zh: '重要岗位的任用意向尚未获上级组织部门批复，不能上会',
    en: 'The higher organization department has not yet consented to this important post',
  };
}
