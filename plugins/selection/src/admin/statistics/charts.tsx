import { useMemo } from 'react';
import { format, rankLabels, useLabel } from '@cadre/ui';
import { ADJUSTMENT_TYPE_LABELS, type AdjustmentType } from '../rules.ts';
import { type ChartOption, EChart } from '@cadre/ui/charts';
import { useStatisticsMessages } from './messages.ts';
import type { AdjustmentCounts, Statistics } from './queries.ts';

// The page's charts: each builds its option from the figures and says in words what it shows.

const COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#f9a825', '#8d6e63', '#6a1b9a'];

/** The API's count fields in the order of seed 002 (提拔、平职交流、改任非领导职务、免职). */
export const ADJUSTMENT_FIELDS: readonly [keyof Omit<AdjustmentCounts, 'total'>, AdjustmentType][] =
  [
    ['promotion', 'PROMOTION'],
    ['lateralTransfer', 'LATERAL_TRANSFER'],
    ['nonLeading', 'NON_LEADING'],
    ['removal', 'REMOVAL'],
  ];

interface Slice {
  name: string;
  count: number;
}

function useSummary() {
  const m = useStatisticsMessages();
  return (title: string, items: readonly Slice[]) =>
    format(m.summary, {
      title,
      items: items.map((i) => format(m.item, { name: i.name, count: i.count })).join('，'),
    });
}

/** Shares of a whole, as a ring with its legend below. */
export function SharePie({ title, slices }: { title: string; slices: readonly Slice[] }) {
  const summary = useSummary();
  const option = useMemo(
    (): ChartOption => ({
      color: COLORS,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          name: title,
          radius: ['40%', '68%'],
          center: ['50%', '44%'],
          // Empty slices would only crowd the labels; the legend still names every part.
          data: slices.filter((s) => s.count > 0).map((s) => ({ name: s.name, value: s.count })),
          label: { formatter: '{c}' },
        },
      ],
    }),
    [title, slices],
  );
  return <EChart option={option} height={240} summary={summary(title, slices)} />;
}

/** 按职务层次: one bar per rank, split by type of adjustment. */
export function AdjustmentsByRank({ lines }: { lines: Statistics['adjustmentsByRank'] }) {
  const m = useStatisticsMessages();
  const t = useLabel();
  const summary = useSummary();
  const option = useMemo((): ChartOption => {
    const shown = [...lines].reverse();
    return {
      color: COLORS,
      grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((l) => t(rankLabels[l.rank])) },
      series: ADJUSTMENT_FIELDS.map(([field, type]) => ({
        type: 'bar',
        stack: 'adjustments',
        name: t(ADJUSTMENT_TYPE_LABELS[type]),
        data: shown.map((l) => l.counts[field]),
        barMaxWidth: 22,
      })),
    };
  }, [lines, t]);
  return (
    <EChart
      option={option}
      height={Math.max(200, lines.length * 36 + 70)}
      summary={summary(
        m.byRank,
        lines.map((l) => ({ name: t(rankLabels[l.rank]), count: l.counts.total })),
      )}
    />
  );
}

/** 年龄结构 of the appointees, youngest band first. */
export function AgeBands({ bands }: { bands: Statistics['appointees']['ageBands'] }) {
  const m = useStatisticsMessages();
  const summary = useSummary();
  const slices = bands.map((b) => ({ name: b.label, count: b.count }));
  const option = useMemo(
    (): ChartOption => ({
      color: [COLORS[1] ?? '#1565c0'],
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      // Every band named: a narrow card would otherwise skip every other label.
      xAxis: {
        type: 'category',
        data: bands.map((b) => b.label),
        axisLabel: { interval: 0, rotate: bands.length > 4 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: m.count,
          data: bands.map((b) => b.count),
          label: { show: true, position: 'top' },
          barMaxWidth: 36,
        },
      ],
    }),
    [bands, m.count],
  );
  return <EChart option={option} height={240} summary={summary(m.age, slices)} />;
}
