// 职数: approved posts against those actually filled. A unit is over quota (超配) where more are
// filled than approved and has vacancies (缺配) where fewer are.

export interface QuotaFigures {
  approved: number;
  filled: number;
  vacant: number;
  overQuota: number;
}

export function quotaFigures(approved: number, filled: number): QuotaFigures {
  return {
    approved,
    filled,
    vacant: Math.max(0, approved - filled),
    overQuota: Math.max(0, filled - approved),
  };
}

/**
 * Sums figures line by line. Vacancies in one unit never offset excess in another: the district
 * total shows both, as the organization department reports them.
 */
export function sumQuotaFigures(lines: readonly QuotaFigures[]): QuotaFigures {
  return lines.reduce(
    (sum, line) => ({
      approved: sum.approved + line.approved,
      filled: sum.filled + line.filled,
      vacant: sum.vacant + line.vacant,
      overQuota: sum.overQuota + line.overQuota,
    }),
    { approved: 0, filled: 0, vacant: 0, overQuota: 0 },
  );
}
