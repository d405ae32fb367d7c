import type { PostLevel } from '@cadre/db/client';
import type { Label } from '../contract/plugin.ts';
import { formatDate } from './dates.ts';

// 超职数消化: a unit over its approved posts at one level plans how it gets back within them
// (retirements, transfers, 改任非领导职务 …) by a deadline, and records each step.

const LEVEL_LABELS: Record<PostLevel, Label> = {
  COUNTY_PRINCIPAL: { zh: '县处级正职', en: 'county-level principal' },
  COUNTY_DEPUTY: { zh: '县处级副职', en: 'county-level deputy' },
  SECTION_PRINCIPAL: { zh: '乡科级正职', en: 'section-level principal' },
  SECTION_DEPUTY: { zh: '乡科级副职', en: 'section-level deputy' },
  STAFF: { zh: '科员', en: 'staff' },
};

/** A quota line in words: 乡科级副职领导职务, section-level deputy leadership posts. */
export function quotaLineLabel(level: PostLevel, leadership: boolean): Label {
  const { zh, en } = LEVEL_LABELS[level];
  return leadership
    ? { zh: `${zh}领导职务`, en: `${en} leadership posts` }
    : { zh: `${zh}职级`, en: `${en} grades` };
}

/** The due item of a plan's deadline (到期提醒), recorded and closed with the plan. */
export const OVER_QUOTA_DEADLINE = { source: 'core', kind: 'over-quota-deadline' } as const;

/** What that due item says: 超职数消化期限：区财政局乡科级副职领导职务超配 2 名. */
export function overQuotaDeadlineTitle(
  unitName: string,
  level: PostLevel,
  leadership: boolean,
  excess: number,
): string {
  return `超职数消化期限：${unitName}${quotaLineLabel(level, leadership).zh}超配 ${excess} 名`;
}

export interface OverQuotaStanding {
  /** Posts the recorded steps digested. */
  digested: number;
  /** What the plan still has to digest by its own books: the excess it was made for, less steps. */
  outstanding: number;
  /** What is still to digest: the books, but never more than the unit is over quota today. */
  remaining: number;
  /** Open past its deadline. */
  overdue: boolean;
}

/**
 * Where a plan stands. The quota figures are the truth about the unit, the steps are the plan's
 * own record: a step logged before the registry shows it (a retirement not yet entered) counts,
 * and so does a change the registry shows first (a transfer entered, no step logged yet).
 */
export function overQuotaStanding(
  plan: { excess: number; deadline: Date; completedAt: Date | null },
  steps: readonly { digested: number }[],
  currentExcess: number,
  today: Date,
): OverQuotaStanding {
  const digested = steps.reduce((sum, step) => sum + step.digested, 0);
  const outstanding = Math.max(0, plan.excess - digested);
  const open = plan.completedAt === null;
  return {
    digested,
    outstanding,
    remaining: open ? Math.min(outstanding, currentExcess) : 0,
    overdue: open && plan.deadline < today,
  };
}

/** An input the rules refuse, by the field it names. */
export interface FieldIssue<F extends string> {
  field: F;
  text: Label;
}

/** A plan's deadline lies ahead: one already passed cannot be planned for. */
export function deadlineIssues(deadline: Date, today: Date): FieldIssue<'deadline'>[] {
  return deadline > today
    ? []
    : [
        {
          field: 'deadline',
          text: {
            zh: `消化期限须晚于今天（${formatDate(today)}）`,
            en: `The deadline must be after today (${formatDate(today)})`,
          },
        },
      ];
}

/**
 * A step of a plan: on a day between the plan's making and today, digesting at most what the
 * plan still has outstanding (a positive count is the input schema's rule).
 */
export function stepIssues(
  plan: { madeOn: Date; outstanding: number },
  step: { recordedOn: Date; digested: number },
  today: Date,
): FieldIssue<'recordedOn' | 'digested'>[] {
  const issues: FieldIssue<'recordedOn' | 'digested'>[] = [];
  if (step.recordedOn > today) {
    issues.push({
      field: 'recordedOn',
      text: { zh: '消化日期不能晚于今天', en: 'The date cannot be in the future' },
    });
  } else if (step.recordedOn < plan.madeOn) {
    const made = formatDate(plan.madeOn);
    issues.push({
      field: 'recordedOn',
      text: {
        zh: `消化日期不能早于计划制定日期（${made}）`,
        en: `The date cannot be before the plan was made (${made})`,
      },
    });
  }
  if (step.digested > plan.outstanding) {
    issues.push({
      field: 'digested',
      text: {
        zh: `消化数不能超过计划尚待消化的 ${plan.outstanding} 名`,
        en: `At most ${plan.outstanding} left to digest under the plan`,
      },
    });
  }
  return issues;
}
