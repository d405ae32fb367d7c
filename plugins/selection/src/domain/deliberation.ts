import type { Label } from '@cadre/core';

// 酝酿 (条例 第六章): opinions are gathered before the meeting. Seed 001: 对酝酿过程中意见有分歧的，
// 暂不提交讨论; seed 002: 不符合政策、程序规定的不上会，有情况反映，未审查核实的不上会.

export interface DeliberationState {
  opinions: readonly { agrees: boolean; resolved: boolean }[];
  /** 情况反映: reports about the candidate received before the meeting. */
  reports: readonly { verified: boolean }[];
}

/** Why the case may not go to the meeting yet; empty when it may. */
export function deliberationBlockers({ opinions, reports }: DeliberationState): Label[] {
  const blockers: Label[] = [];
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
