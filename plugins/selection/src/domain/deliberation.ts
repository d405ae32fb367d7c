import type { Label } from '@cadre/core';

// 酝酿 (条例 第六章): opinions are gathered before the meeting. Seed 001: 对酝酿过程中意见有分歧的，
// 暂不提交讨论; seed 002: 不符合政策、程序规定的不上会，有情况反映，未审查核实的不上会.

export interface DeliberationState {
  opinions: readonly { agrees: boolean; resolved: boolean }[];
  /** 情况反映: reports about the candidate received before the meeting. */
  reports: readonly { verified: boolean }[];
}

/** 酝酿 means hearing opinions: a case with none recorded has not been deliberated. */
export const NO_OPINIONS: Label = {
  zh: '尚未听取任何酝酿意见，未经酝酿的不上会',
  en: 'No opinion has been heard; a case not deliberated is not put to the meeting',
};

/** Why the case may not go on towards the meeting yet; empty when it may. */
export function deliberationBlockers({ opinions, reports }: DeliberationState): Label[] {
  const blockers: Label[] = opinions.length === 0 ? [NO_OPINIONS] : [];
  const disagreements = opinions.filter((o) => !o.agrees && !o.resolved).length;
  if (disagreements > 0) {
    blockers.push({
      zh: `有${disagreements}条不同意见尚未统一，意见有分歧的暂不提交讨论`,
      en: `${disagreements} dissenting opinion(s) unresolved; a divided case is not put to the meeting`,
    });
  }
  const unverified = reports.filter((r) => !r.verified).length;
  if (unverified > 0) {
    blockers.push({
      zh: `有${unverified}件情况反映尚未审查核实，有情况反映未审查核实的不上会`,
      en: `${unverified} report(s) not yet verified; a case with an unverified report is not put to the meeting`,
    });
  }
  return blockers;
}
