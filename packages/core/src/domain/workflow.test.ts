import { describe, expect, it } from 'vitest';
import {
  defineWorkflow,
  planTransition,
  stateLabel,
  transitionLabel,
  transitionsFrom,
} from './workflow.ts';

interface Facts {
  checked: boolean;
}

const review = defineWorkflow<
  'draft' | 'submitted' | 'approved',
  'submit' | 'approve' | 'return',
  Facts
>({
  caseType: 'test.review',
  label: { zh: '审核', en: 'Review' },
  initial: 'draft',
  states: {
    draft: { zh: '起草', en: 'Draft' },
    submitted: { zh: '已提交', en: 'Submitted' },
    approved: { zh: '已批准', en: 'Approved' },
  },
  transitions: {
    submit: {
      from: ['draft'],
      to: 'submitted',
      permission: 'test.review.submit',
      label: { zh: '提交', en: 'Submit' },
    },
    approve: {
      from: ['submitted'],
      to: 'approved',
      permission: 'test.review.approve',
      label: { zh: '批准', en: 'Approve' },
      guard: (facts) =>
        facts.checked ? null : { code: 'TEST_NOT_CHECKED', zh: '尚未核查', en: 'Not checked yet' },
    },
    return: {
      from: ['submitted'],
      to: 'draft',
      permission: 'test.review.submit',
      label: { zh: '退回', en: 'Return' },
      requiresReason: true,
    },
  },
});

describe('planTransition', () => {
  it('gives the target state of an allowed transition', () => {
    expect(planTransition(review, 'draft', 'submit', { checked: false })).toEqual({
      ok: true,
      from: 'draft',
      to: 'submitted',
      permission: 'test.review.submit',
      label: { zh: '提交', en: 'Submit' },
    });
  });

  it('refuses a transition the table does not have, also inherited object keys', () => {
    for (const name of ['publish', 'toString', '__proto__']) {
      expect(planTransition(review, 'draft', name, { checked: true })).toEqual({
        ok: false,
        refusal: { kind: 'unknown-transition', transition: name },
      });
    }
  });

  it('refuses a transition from a state it does not start from', () => {
    expect(planTransition(review, 'draft', 'approve', { checked: true })).toMatchObject({
      ok: false,
      refusal: { kind: 'not-allowed', transition: 'approve', from: 'draft' },
    });
  });

  it('asks for a reason where the table requires one; blanks do not count', () => {
    for (const reason of [null, '', '   ']) {
      expect(
        planTransition(review, 'submitted', 'return', { checked: true }, reason),
      ).toMatchObject({
        ok: false,
        refusal: { kind: 'reason-required', transition: 'return' },
      });
    }
    expect(
      planTransition(review, 'submitted', 'return', { checked: true }, '材料不全'),
    ).toMatchObject({
      ok: true,
      to: 'draft',
    });
  });

  it("passes the guard's refusal on with its code and label", () => {
    expect(planTransition(review, 'submitted', 'approve', { checked: false })).toEqual({
      ok: false,
      refusal: {
        kind: 'guard',
        transition: 'approve',
        label: { zh: '批准', en: 'Approve' },
        refusal: { code: 'TEST_NOT_CHECKED', zh: '尚未核查', en: 'Not checked yet' },
      },
    });
    expect(planTransition(review, 'submitted', 'approve', { checked: true })).toMatchObject({
      ok: true,
      to: 'approved',
    });
  });

  it('checks the state before the guard, so a guard never sees a case it does not apply to', () => {
    let asked = false;
    const watched = { ...review, transitions: { ...review.transitions } };
    watched.transitions.approve = {
      ...review.transitions.approve,
      guard: () => {
        asked = true;
        return null;
      },
    };
    planTransition(watched, 'approved', 'approve', { checked: true });
    expect(asked).toBe(false);
  });
});

describe('the transition table', () => {
  it('lists the transitions from a state in declaration order', () => {
    expect(transitionsFrom(review, 'submitted').map((t) => t.name)).toEqual(['approve', 'return']);
    expect(transitionsFrom(review, 'approved')).toEqual([]);
  });

  it('labels states and transitions, and keeps unknown ones readable', () => {
    expect(stateLabel(review, 'draft')).toEqual({ zh: '起草', en: 'Draft' });
    expect(stateLabel(review, 'archived')).toEqual({ zh: 'archived', en: 'archived' });
    expect(stateLabel(review, null)).toBeNull();
    expect(transitionLabel(review, 'open')).toEqual({ zh: '立项', en: 'Opened' });
    expect(transitionLabel(review, 'return')).toEqual({ zh: '退回', en: 'Return' });
  });

  it('refuses a table that names an unknown state or takes the engine’s own step name', () => {
    expect(() =>
      defineWorkflow({
        ...review,
        transitions: { submit: { ...review.transitions.submit, to: 'sent' as 'submitted' } },
      }),
    ).toThrow(/unknown state "sent"/);
    expect(() =>
      defineWorkflow({ ...review, transitions: { open: review.transitions.submit } }),
    ).toThrow(/engine's own step/);
    for (const caseType of ['review', 'Test.Review', 'test.review.extra'])
      expect(() => defineWorkflow({ ...review, caseType })).toThrow(/<plugin>.<case type>/);
  });
});
