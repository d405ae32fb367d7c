import { parseDate } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import {
  appointmentBeforePublicityEnd,
  type DateConflict,
  meetingBeforeRecommendation,
  objectionConcludedBeforeReceipt,
  objectionOutsidePublicity,
  publicityBeforeDecision,
  reconsiderationBeforeMeeting,
  talkBeforePublicityEnd,
} from './chronology.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
/** Publicity from Monday 2 to Monday 9 March 2026 (five working days). */
const publicity = { name: '张三', startsOn: d('2026-03-02'), endsOn: d('2026-03-09') };

describe('dates that contradict the case (时间顺序)', () => {
  it.each<[string, DateConflict | null, string | null]>([
    [
      '讨论决定 before the 民主推荐',
      meetingBeforeRecommendation(d('2026-01-09'), { name: '张三', heldOn: d('2026-01-10') }),
      'SELECTION_MEETING_BEFORE_RECOMMENDATION',
    ],
    [
      '讨论决定 on the day of the 民主推荐',
      meetingBeforeRecommendation(d('2026-01-10'), { name: '张三', heldOn: d('2026-01-10') }),
      null,
    ],
    [
      '复议 before the meeting',
      reconsiderationBeforeMeeting(d('2026-02-01'), d('2026-02-02')),
      'SELECTION_RECONSIDERATION_BEFORE_MEETING',
    ],
    [
      '复议 on the day of the meeting',
      reconsiderationBeforeMeeting(d('2026-02-02'), d('2026-02-02')),
      null,
    ],
    [
      '公示 before the decision',
      publicityBeforeDecision(d('2026-03-01'), d('2026-03-02')),
      'SELECTION_PUBLICITY_BEFORE_DECISION',
    ],
    [
      '公示 from the day of the decision',
      publicityBeforeDecision(d('2026-03-02'), d('2026-03-02')),
      null,
    ],
    [
      'a report received before the publicity',
      objectionOutsidePublicity(d('2026-03-01'), publicity),
      'SELECTION_OBJECTION_BEFORE_PUBLICITY',
    ],
    ['a report on its first day', objectionOutsidePublicity(d('2026-03-02'), publicity), null],
    ['a report on its last day', objectionOutsidePublicity(d('2026-03-09'), publicity), null],
    [
      'a report received after the publicity ended',
      objectionOutsidePublicity(d('2026-03-10'), publicity),
      'SELECTION_OBJECTION_AFTER_PUBLICITY',
    ],
    [
      'a verification concluded before the report came in',
      objectionConcludedBeforeReceipt(d('2026-03-03'), {
        name: '张三',
        receivedOn: d('2026-03-04'),
      }),
      'SELECTION_OBJECTION_CONCLUDED_BEFORE_RECEIPT',
    ],
    [
      'a verification concluded the day the report came in',
      objectionConcludedBeforeReceipt(d('2026-03-04'), {
        name: '张三',
        receivedOn: d('2026-03-04'),
      }),
      null,
    ],
    [
      '任前谈话 while the publicity runs',
      talkBeforePublicityEnd(d('2026-03-05'), publicity),
      'SELECTION_TALK_DURING_PUBLICITY',
    ],
    [
      '任前谈话 on the publicity’s last day',
      talkBeforePublicityEnd(d('2026-03-09'), publicity),
      'SELECTION_TALK_DURING_PUBLICITY',
    ],
    ['任前谈话 the day after', talkBeforePublicityEnd(d('2026-03-10'), publicity), null],
    [
      '任职 on the publicity’s last day',
      appointmentBeforePublicityEnd(d('2026-03-09'), publicity.endsOn),
      'SELECTION_APPOINTMENT_BEFORE_PUBLICITY_END',
    ],
    ['任职 the day after', appointmentBeforePublicityEnd(d('2026-03-10'), publicity.endsOn), null],
  ])('%s', (_, conflict, code) => {
    expect(conflict?.code ?? null).toBe(code);
  });

  it('names the field, the person and the earlier date, in both languages', () => {
    expect(objectionOutsidePublicity(d('2026-03-10'), publicity)).toEqual({
      field: 'receivedOn',
      code: 'SELECTION_OBJECTION_AFTER_PUBLICITY',
      text: {
        zh: '关于张三的反映晚于公示期满（2026-03-09），不属公示期间反映',
        en: 'The report about 张三 came after the publicity ended (2026-03-09)',
      },
    });
    expect(
      meetingBeforeRecommendation(d('2026-01-09'), { name: '李四', heldOn: d('2026-01-10') }),
    ).toMatchObject({
      field: 'heldOn',
      text: { zh: '讨论决定日期早于李四的民主推荐（2026-01-10）' },
    });
    expect(talkBeforePublicityEnd(d('2026-03-05'), publicity)?.field).toBe('talkOn');
    expect(reconsiderationBeforeMeeting(d('2026-02-01'), d('2026-02-02'))?.field).toBe(
      'reconsideredOn',
    );
    expect(
      objectionConcludedBeforeReceipt(d('2026-03-03'), {
        name: '张三',
        receivedOn: d('2026-03-04'),
      })?.field,
    ).toBe('concludedOn');
  });
});
