import { describe, expect, it } from 'vitest';
import { deadlineIssues, overQuotaStanding, quotaLineLabel, stepIssues } from './over-quota.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const plan = { excess: 3, deadline: d('2026-06-30'), completedAt: null };

describe('where a digestion plan stands', () => {
  it('takes the steps off the excess, but never more than the unit is over quota today', () => {
    const steps = [{ digested: 1 }];
    expect(overQuotaStanding(plan, steps, 3, d('2026-01-05'))).toEqual({
      digested: 1,
      outstanding: 2,
      remaining: 2,
      overdue: false,
    });
    // A transfer the registry shows before anyone logged it as a step.
    expect(overQuotaStanding(plan, steps, 1, d('2026-01-05')).remaining).toBe(1);
    // Steps beyond the excess leave nothing outstanding, not a negative count.
    expect(
      overQuotaStanding(plan, [{ digested: 2 }, { digested: 2 }], 3, d('2026-01-05')),
    ).toMatchObject({
      digested: 4,
      outstanding: 0,
      remaining: 0,
    });
  });

  it('is overdue only while open after its deadline', () => {
    expect(overQuotaStanding(plan, [], 3, d('2026-06-30')).overdue).toBe(false);
    expect(overQuotaStanding(plan, [], 3, d('2026-07-01')).overdue).toBe(true);
    const completed = { ...plan, completedAt: new Date('2026-07-02T02:00:00Z') };
    expect(overQuotaStanding(completed, [], 3, d('2026-07-03'))).toMatchObject({
      remaining: 0,
      overdue: false,
    });
  });
});

describe('the rules of a plan and its steps', () => {
  it('wants a deadline after today', () => {
    expect(deadlineIssues(d('2026-01-06'), d('2026-01-05'))).toEqual([]);
    expect(deadlineIssues(d('2026-01-05'), d('2026-01-05'))).toEqual([
      {
        field: 'deadline',
        text: {
          zh: '消化期限须晚于今天（2026-01-05）',
          en: 'The deadline must be after today (2026-01-05)',
        },
      },
    ]);
  });

  it('wants a step between the plan’s making and today, within what is outstanding', () => {
    const made = { madeOn: d('2026-01-05'), outstanding: 2 };
    const today = d('2026-03-01');
    expect(stepIssues(made, { recordedOn: d('2026-01-05'), digested: 2 }, today)).toEqual([]);
    expect(stepIssues(made, { recordedOn: today, digested: 1 }, today)).toEqual([]);
    const fields = (step: { recordedOn: Date; digested: number }) =>
      stepIssues(made, step, today).map((i) => [i.field, i.text.zh]);
    expect(fields({ recordedOn: d('2026-03-02'), digested: 1 })).toEqual([
      ['recordedOn', '消化日期不能晚于今天'],
    ]);
    expect(fields({ recordedOn: d('2026-01-04'), digested: 3 })).toEqual([
      ['recordedOn', '消化日期不能早于计划制定日期（2026-01-05）'],
      ['digested', '消化数不能超过计划尚待消化的 2 名'],
    ]);
  });

  it('names a quota line in both languages', () => {
    expect(quotaLineLabel('SECTION_DEPUTY', true)).toEqual({
      zh: '乡科级副职领导职务',
      en: 'section-level deputy leadership posts',
    });
    expect(quotaLineLabel('COUNTY_PRINCIPAL', false).zh).toBe('县处级正职职级');
  });
});
