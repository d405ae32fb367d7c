import { useMemo } from 'react';
import { format, type Label, useLabel } from '@cadre/ui';
import { type ChartOption, EChart } from '@cadre/ui/charts';
import { useDashboardMessages } from './messages.ts';

// The dashboard's charts: each builds its option from the figures and says in words what it shows.

const COLORS = [
  '#b71c1c',
  '#e57373',
  '#1565c0',
  '#64b5f6',
  '#2e7d32',
  '#81c784',
  '#f9a825',
  '#8d6e63',
];
export const MALE = '#1565c0';
export const FEMALE = '#d81b60';

export interface Share {
  label: Label;
  count: number;
}

function useSummary() {
  const m = useDashboardMessages();
  const t = useLabel();
  return (title: string, items: readonly Share[]) =>
    `${title}：${items.map((i) => format(m.summaryItem, { name: t(i.label), count: i.count })).join('，')}`;
}

/** 职务职级分布: one bar per rank held, highest rank on top. */
export function RankChart({ items }: { items: readonly Share[] }) {
  const m = useDashboardMessages();
  const t = useLabel();
  const summary = useSummary();
  const option = useMemo((): ChartOption => {
    const shown = [...items].reverse();
    return {
      color: [COLORS[0] ?? '#b71c1c'],
      grid: {
        left: 8,
        right: 40,
        top: 8,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((i) => t(i.label)) },
      series: [
        {
          type: 'bar',
          name: m.cadresInService,
          data: shown.map((i) => i.count),
          label: { show: true, position: 'right' },
          barMaxWidth: 18,
        },
      ],
    };
  }, [items, m, t]);
  return (
    <EChart
      option={option}
      height={Math.max(180, items.length * 30 + 30)}
      summary={summary(m.byRank, items)}
    />
  );
}

export interface AgeBand {
  fromAge: number;
  toAge: number | null;
  male: number;
  female: number;
}

/** 年龄结构: men to the left, women to the right, youngest band at the bottom. */
export function AgePyramid({ bands }: { bands: readonly AgeBand[] }) {
  const m = useDashboardMessages();
  const option = useMemo((): ChartOption => {
    const name = (b: AgeBand) =>
      b.toAge === null
        ? format(m.ageBandTop, { from: b.fromAge })
        : b.fromAge === 0
          ? format(m.ageBandBottom, { to: b.toAge })
          : format(m.ageBand, { from: b.fromAge, to: b.toAge });
    return {
      color: [MALE, FEMALE],
      legend: { data: [m.male, m.female], top: 0 },
      grid: {
        left: 8,
        right: 16,
        top: 32,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => String(Math.abs(Number(value))),
      },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (v: number) => String(Math.abs(v)) },
      },
      yAxis: { type: 'category', data: bands.map(name), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          name: m.male,
          stack: 'age',
          data: bands.map((b) => -b.male),
          label: {
            show: true,
            position: 'left',
            formatter: ({ value }) => String(Math.abs(Number(value)) || ''),
          },
        },
        {
          type: 'bar',
          name: m.female,
          stack: 'age',
          data: bands.map((b) => b.female),
          label: {
            show: true,
            position: 'right',
            formatter: ({ value }) => String(Number(value) || ''),
          },
        },
      ],
    };
  }, [bands, m]);
  const summary = bands
    .map(
      (b) =>
        `${b.fromAge}${b.toAge === null ? '+' : `–${b.toAge}`}: ${m.male} ${b.male}, ${m.female} ${b.female}`,
    )
    .join('；');
  return <EChart option={option} height={280} summary={`${m.agePyramid}：${summary}`} />;
}

/** A ring of shares (性别, 政治面貌, 学历), with the legend beneath. */
export function ShareChart({
  title,
  items,
  colors = COLORS,
}: {
  title: string;
  items: readonly Share[];
  colors?: string[];
}) {
  const t = useLabel();
  const summary = useSummary();
  const option = useMemo(
    (): ChartOption => ({
      color: colors,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, type: 'plain', itemWidth: 12, itemHeight: 10 },
      series: [
        {
          type: 'pie',
          name: title,
          radius: ['36%', '58%'],
          center: ['50%', '44%'],
          label: { formatter: '{d}%', overflow: 'none', fontSize: 11 },
          labelLine: { length: 6, length2: 6 },
          data: items.map((i) => ({ name: t(i.label), value: i.count })),
        },
      ],
    }),
    [colors, items, t, title],
  );
  return <EChart option={option} height={260} summary={summary(title, items)} />;
}

export interface UnitQuota {
  name: string;
  approved: number;
  filled: number;
  vacant: number;
  overQuota: number;
}

/** 职数配备 by unit: filled within quota, vacant and over quota stacked, one bar per unit. */
export function QuotaByUnitChart({ units }: { units: readonly UnitQuota[] }) {
  const m = useDashboardMessages();
  const option = useMemo((): ChartOption => {
    const shown = [...units].reverse();
    return {
      color: ['#2e7d32', '#bdbdbd', '#c62828'],
      legend: { data: [m.inPost, m.vacant, m.overQuota], top: 0 },
      grid: {
        left: 8,
        right: 24,
        top: 32,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: shown.map((u) => u.name),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      series: [
        { name: m.inPost, values: shown.map((u) => u.filled - u.overQuota) },
        { name: m.vacant, values: shown.map((u) => u.vacant) },
        { name: m.overQuota, values: shown.map((u) => u.overQuota) },
      ].map(({ name, values }) => ({
        type: 'bar' as const,
        name,
        stack: 'quota',
        data: values,
        barMaxWidth: 16,
        label: {
          show: true,
          formatter: ({ value }: { value: unknown }) => String(Number(value) || ''),
        },
      })),
    };
  }, [units, m]);
  const summary = units
    .map((u) =>
      format(m.summaryUnit, {
        name: u.name,
        approved: u.approved,
        filled: u.filled,
        vacant: u.vacant,
        over: u.overQuota,
      }),
    )
    .join('；');
  return (
    <EChart
      option={option}
      height={Math.max(200, units.length * 28 + 48)}
      summary={`${m.quotaByUnit}：${summary}`}
    />
  );
}
