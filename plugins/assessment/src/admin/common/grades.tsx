import { Tag } from 'antd';
import { annualGradeLabels, type Schema, useLabel } from '@cadre/ui';
import { QUARTER_GRADE_LABELS } from '../rules.ts';

// Grades as every page shows them: 优秀 in gold, the middle grade green, 基本… orange, 不… red.

const ANNUAL_TAG_COLORS: Record<Schema.AnnualGrade, string | undefined> = {
  EXCELLENT: 'gold',
  COMPETENT: 'green',
  QUALIFIED: 'green',
  BASIC_COMPETENT: 'orange',
  BASIC_QUALIFIED: 'orange',
  INCOMPETENT: 'red',
  UNQUALIFIED: 'red',
  UNRATED: undefined,
};

/** The same colours as a chart's bars. */
export const ANNUAL_GRADE_COLORS: Record<Schema.AnnualGrade, string> = {
  EXCELLENT: '#d89614',
  COMPETENT: '#389e0d',
  QUALIFIED: '#73d13d',
  BASIC_COMPETENT: '#fa8c16',
  BASIC_QUALIFIED: '#ffc069',
  INCOMPETENT: '#cf1322',
  UNQUALIFIED: '#ff7875',
  UNRATED: '#bfbfbf',
};

export function AnnualGradeTag({ grade }: { grade: Schema.AnnualGrade }) {
  const t = useLabel();
  return <Tag color={ANNUAL_TAG_COLORS[grade]}>{t(annualGradeLabels[grade])}</Tag>;
}

const QUARTER_TAG_COLORS: Record<Schema.QuarterGrade, string | undefined> = {
  GOOD: 'success',
  FAIRLY_GOOD: 'processing',
  AVERAGE: undefined,
  POOR: 'error',
};

/** A quarter's 季考评: its grade, and its score when given. */
export function QuarterGradeTag({ grade, score }: { grade: Schema.QuarterGrade; score?: number }) {
  const t = useLabel();
  return (
    <Tag color={QUARTER_TAG_COLORS[grade]}>
      {t(QUARTER_GRADE_LABELS[grade])}
      {score === undefined ? '' : ` ${score}`}
    </Tag>
  );
}
