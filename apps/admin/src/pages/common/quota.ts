/** The four quota figures (核定, 配备, 缺配, 超配). */
export interface QuotaFigures {
  approved: number;
  filled: number;
  vacant: number;
  overQuota: number;
}

/** The figures of several lines added up: a unit's total over its levels. */
export function sumQuota(lines: readonly QuotaFigures[]): QuotaFigures {
  return lines.reduce(
    (a, l) => ({
      approved: a.approved + l.approved,
      filled: a.filled + l.filled,
      vacant: a.vacant + l.vacant,
      overQuota: a.overQuota + l.overQuota,
    }),
    { approved: 0, filled: 0, vacant: 0, overQuota: 0 },
  );
}
