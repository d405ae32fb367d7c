import { parseDate, quotaFigures } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import {
  higherApprovalBlocker,
  IMPORTANT_POST_GUIDANCE,
  IMPORTANT_POSTS,
  motionQuotaCheck,
  requiresHigherApproval,
} from './motion.ts';

describe('the quota check of a motion (动议)', () => {
  // Seed 002: 严格干部职数管理，做到职数不缺的单位坚决不配干部，杜绝新的超职数配备干部现象发生.
  it.each([
    ['a vacancy', 3, 2, null, false, { allowed: true, overQuota: false }],
    ['a vacancy, no justification needed', 3, 1, '', true, { allowed: true, overQuota: false }],
    ['full, justified, permitted', 3, 3, '重点项目急需', true, { allowed: true, overQuota: true }],
    [
      'over quota, justified, permitted',
      2,
      3,
      '重点项目急需',
      true,
      { allowed: true, overQuota: true },
    ],
    ['full, not justified', 3, 3, null, true, { allowed: false }],
    ['full, blank justification', 3, 3, '   ', true, { allowed: false }],
    ['full, justified, not permitted', 3, 3, '重点项目急需', false, { allowed: false }],
    ['no posts approved at all', 0, 0, null, false, { allowed: false }],
  ])('%s', (_, approved, filled, justification, mayOverride, expected) => {
    const result = motionQuotaCheck({
      figures: quotaFigures(approved, filled),
      justification,
      mayOverride,
    });
    expect(result).toMatchObject(expected);
  });

  it('explains a refusal with the figures, in both languages', () => {
    const refused = motionQuotaCheck({
      figures: quotaFigures(3, 3),
      justification: null,
      mayOverride: true,
    });
    expect(refused).toEqual({
      allowed: false,
      reason: {
        zh: '职数不缺的单位坚决不配干部：该单位无空缺职数（核定3名，已配备3名），须说明理由',
        en: 'No vacancy in the unit (3 approved, 3 filled): a motion needs a recorded justification',
      },
    });
    const unpermitted = motionQuotaCheck({
      figures: quotaFigures(3, 3),
      justification: '重点项目急需',
      mayOverride: false,
    });
    expect(unpermitted).toMatchObject({
      reason: { zh: expect.stringContaining('无权超职数动议') },
    });
  });
});

describe('important posts (先报告，待批复后再上会)', () => {
  // Seed 002: 对纪委副书记、组织部副部长和街道党政正职等重要岗位的任用意向，坚持做到先报告，
  // 待同意批复后再上会研究.
  it('names the posts of seed 002', () => {
    expect(IMPORTANT_POSTS.map((p) => p.zh)).toEqual([
      '纪委副书记',
      '组织部副部长',
      '街道党政正职',
    ]);
    expect(IMPORTANT_POST_GUIDANCE.zh).toContain('待同意批复后再上会研究');
  });

  it.each([
    [true, null, true],
    [true, '2025-04-01', false],
    [false, null, false],
  ])('important %s, approved on %s → blocked %s', (important, approvedOn, blocked) => {
    expect(requiresHigherApproval({ important })).toBe(important);
    const blocker = higherApprovalBlocker({
      important,
      approvedOn: approvedOn ? parseDate(approvedOn) : null,
    });
    expect(blocker !== null).toBe(blocked);
  });
});
