import {
  annualGradeLabels,
  format,
  type Label,
  rewardKindLabels,
  sanctionKindLabels,
} from '@cadre/ui';
import type { CadreRecords } from './archive/use-cadre-records.ts';
import { yearMonth } from './registry-columns.tsx';

// The 任免审批表's cells that the archive's records fill, written as the form writes them.

type T = (label: Label) => string;

/** The templates of the lines, from the card's messages. */
interface Templates {
  rewardLine: string;
  sanctionLine: string;
  liftedLine: string;
  gradeLine: string;
  gradeSeparator: string;
  nothing: string;
}

/**
 * 奖惩情况: one line per reward and per sanction in force or lifted, by date (revoked ones are not
 * the archive's any more); 无 when there are none. Sanctions only where the viewer reads them.
 */
export function rewardsAndSanctions(records: CadreRecords, m: Templates, t: T): string {
  const rewards = records.rewards
    .filter((r) => !r.revokedAt)
    .map((r) => ({
      on: r.decisionDate,
      text: format(m.rewardLine, {
        month: yearMonth(r.decisionDate),
        body: r.issuingBody,
        kind: t(rewardKindLabels[r.kind]),
        title: r.title,
      }),
    }));
  const sanctions = (records.sanctions ?? [])
    .filter((s) => !s.revokedAt)
    .map((s) => ({
      on: s.effectiveDate,
      text:
        format(m.sanctionLine, {
          month: yearMonth(s.effectiveDate),
          body: s.issuingBody,
          kind: t(sanctionKindLabels[s.kind]),
        }) + (s.liftedOn ? format(m.liftedLine, { month: yearMonth(s.liftedOn) }) : ''),
    }));
  const lines = [...rewards, ...sanctions].sort((a, b) => a.on.localeCompare(b.on));
  return lines.length > 0 ? lines.map((l) => l.text).join('\n') : m.nothing;
}

/** 年度考核结果: `2023年度考核称职；2024年度考核优秀`, oldest year first. */
export function annualResults(records: CadreRecords, m: Templates, t: T): string {
  return records.annualGrades
    .map((g) => format(m.gradeLine, { year: g.year, grade: t(annualGradeLabels[g.grade]) }))
    .join(m.gradeSeparator);
}
