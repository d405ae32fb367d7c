import { formatDate, type Label } from '@cadre/core';

// 时间顺序: each step of a case happens on or after the step it follows. A date that contradicts
// an earlier record of the case is a typing mistake, refused naming the field it is in and the
// person it concerns; the dates of the earlier record are given so that it can be checked.

/** A date that contradicts an earlier record: the input field, a `SELECTION_*` code, both texts. */
export interface DateConflict {
  field: string;
  code: string;
  text: Label;
}

const conflict = (field: string, code: string, zh: string, en: string): DateConflict => ({
  field,
  code,
  text: { zh, en },
});

/** 讨论决定 of a candidate comes after the 民主推荐 that put them forward. */
export function meetingBeforeRecommendation(
  heldOn: Date,
  recommendation: { name: string; heldOn: Date },
): DateConflict | null {
  const { name } = recommendation;
  const on = formatDate(recommendation.heldOn);
  return heldOn < recommendation.heldOn
    ? conflict(
        'heldOn',
        'SELECTION_MEETING_BEFORE_RECOMMENDATION',
        `讨论决定日期早于${name}的民主推荐（${on}）`,
        `The meeting predates ${name}'s recommendation (${on})`,
      )
    : null;
}

/** 复议 reconsiders a meeting's decision: not before the meeting was held. */
export function reconsiderationBeforeMeeting(
  reconsideredOn: Date,
  meetingHeldOn: Date,
): DateConflict | null {
  const on = formatDate(meetingHeldOn);
  return reconsideredOn < meetingHeldOn
    ? conflict(
        'reconsideredOn',
        'SELECTION_RECONSIDERATION_BEFORE_MEETING',
        `复议日期早于讨论决定会议（${on}）`,
        `The reconsideration predates the meeting it reconsiders (${on})`,
      )
    : null;
}

/** 任前公示 publicizes a decision: not before the meeting that took it. */
export function publicityBeforeDecision(startsOn: Date, decidedOn: Date): DateConflict | null {
  const on = formatDate(decidedOn);
  return startsOn < decidedOn
    ? conflict(
        'startsOn',
        'SELECTION_PUBLICITY_BEFORE_DECISION',
        `公示不能早于讨论决定（${on}）`,
        `Publicity cannot start before the decision (${on})`,
      )
    : null;
}

/** A report about a candidate during publicity (公示期间反映) comes in while it runs. */
export function objectionOutsidePublicity(
  receivedOn: Date,
  publicity: { name: string; startsOn: Date; endsOn: Date },
): DateConflict | null {
  const { name } = publicity;
  const from = formatDate(publicity.startsOn);
  const to = formatDate(publicity.endsOn);
  if (receivedOn < publicity.startsOn) {
    return conflict(
      'receivedOn',
      'SELECTION_OBJECTION_BEFORE_PUBLICITY',
      `关于${name}的反映早于公示开始（${from}）`,
      `The report about ${name} predates the publicity (from ${from})`,
    );
  }
  return receivedOn > publicity.endsOn
    ? conflict(
        'receivedOn',
        'SELECTION_OBJECTION_AFTER_PUBLICITY',
        `关于${name}的反映晚于公示期满（${to}），不属公示期间反映`,
        `The report about ${name} came after the publicity ended (${to})`,
      )
    : null;
}

/** Verifying a report (核查) ends no earlier than the report came in. */
export function objectionConcludedBeforeReceipt(
  concludedOn: Date,
  objection: { name: string; receivedOn: Date },
): DateConflict | null {
  const { name } = objection;
  const on = formatDate(objection.receivedOn);
  return concludedOn < objection.receivedOn
    ? conflict(
        'concludedOn',
        'SELECTION_OBJECTION_CONCLUDED_BEFORE_RECEIPT',
        `核查办结日期早于收到关于${name}的反映（${on}）`,
        `The verification ends before the report about ${name} came in (${on})`,
      )
    : null;
}

/** 任前谈话 once the publicity has ended: the candidate may yet be stopped while it runs. */
export function talkBeforePublicityEnd(
  talkOn: Date,
  publicity: { name: string; endsOn: Date },
): DateConflict | null {
  const { name } = publicity;
  const to = formatDate(publicity.endsOn);
  return talkOn <= publicity.endsOn
    ? conflict(
        'talkOn',
        'SELECTION_TALK_DURING_PUBLICITY',
        `与${name}的任前谈话须在任前公示期满（${to}）之后`,
        `The pre-appointment talk with ${name} comes after the publicity ends (${to})`,
      )
    : null;
}

/** 任职 takes effect once the publicity has ended. */
export function appointmentBeforePublicityEnd(
  effectiveOn: Date,
  publicityEndsOn: Date,
): DateConflict | null {
  const to = formatDate(publicityEndsOn);
  return effectiveOn <= publicityEndsOn
    ? conflict(
        'effectiveOn',
        'SELECTION_APPOINTMENT_BEFORE_PUBLICITY_END',
        `任职日期须在任前公示期满（${to}）之后`,
        `The appointment takes effect after the publicity has ended (${to})`,
      )
    : null;
}
