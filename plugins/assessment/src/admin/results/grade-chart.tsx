import { useMemo } from 'react';
import { annualGradeLabels, format, useLabel } from '@cadre/ui';
import { type ChartOption, EChart } from '@cadre/ui/charts';
import { ANNUAL_GRADE_COLORS } from '../common/grades.tsx';
import { gradesGiven } from '../rules.ts';
import { useResultsMessages } from './messages.ts';
import type { UnitGrades } from './queries.ts';

/**
 * 年度考核等次分布: one bar per unit, its cadres stacked by grade (the grades given, best first),
 * the units in the order given from the top; says in words what it shows.
 */
export function GradeDistributionChart({
  title,
  units,
}: {
  title: string;
  units: readonly UnitGrades[];
}) {
  const m = useResultsMessages();
  const t = useLabel();
  const grades = useMemo(() => gradesGiven(units), [units]);
  const option = useMemo((): ChartOption => {
    const shown = [...units].reverse();
    return {
      color: grades.map((g) => ANNUAL_GRADE_COLORS[g]),
      grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: shown.map((u) => u.unit.name),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: grades.map((grade) => ({
        type: 'bar',
        stack: 'grades',
        name: t(annualGradeLabels[grade]),
        data: shown.map((u) => u.counts.find((c) => c.grade === grade)?.count ?? 0),
        barMaxWidth: 22,
      })),
    };
  }, [units, grades, t]);
  const summary = format(m.chartSummary, {
    title,
    units: units
      .map((u) =>
        format(m.chartUnit, {
          unit: u.unit.name,
          counts: u.counts
            .map((c) =>
              format(m.chartCount, { grade: t(annualGradeLabels[c.grade]), count: c.count }),
            )
            .join(m.countSeparator),
        }),
      )
      .join(m.unitSeparator),
  });
  return (
    <EChart option={option} height={Math.max(160, units.length * 32 + 72)} summary={summary} />
  );
}
