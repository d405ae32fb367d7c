import { postText, proposeAppointment, type ProposalScope } from '@cadre/core';
import type { DecisionBody, SelectionCase } from '@cadre/db/client';

// What the decision meeting gives each approved candidate's 干部任免审批表 through core: the
// case's post as 拟任职务, the post held now as 拟免职务 (every adjustment ends the posts held,
// see `appointment.ts`), and as 任免理由 the need and the meeting's result.

const BODY: Record<DecisionBody, string> = {
  STANDING_COMMITTEE: '区委常委会',
  FULL_COMMITTEE: '区委全委会',
};

const chineseDate = (day: Date) =>
  `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;

export interface ApprovedAtMeeting {
  body: DecisionBody;
  heldOn: Date;
  shouldAttend: number;
  present: number;
  /** The approved candidates' cadres and their votes in favour. */
  approved: { cadreId: string; inFavour: number }[];
}

/** `工作需要。经区委常委会2026年3月5日讨论决定（应到11人，实到10人，赞成9票）。` */
export const proposalReason = (m: ApprovedAtMeeting, inFavour: number) =>
  `工作需要。经${BODY[m.body]}${chineseDate(m.heldOn)}讨论决定` +
  `（应到${m.shouldAttend}人，实到${m.present}人，赞成${inFavour}票）。`;

/** Proposes the appointment of each approved candidate in the meeting's transaction. */
export async function proposeApproved(
  write: ProposalScope,
  selectionCase: Pick<SelectionCase, 'id' | 'unitId' | 'postTitle' | 'adjustmentType'>,
  meeting: ApprovedAtMeeting,
): Promise<void> {
  if (meeting.approved.length === 0) return;
  const unit = await write.tx.unit.findFirstOrThrow({
    where: { id: selectionCase.unitId, districtId: write.actor.districtId },
    select: { name: true },
  });
  const removal = selectionCase.adjustmentType === 'REMOVAL';
  for (const { cadreId, inFavour } of meeting.approved) {
    await proposeAppointment(write, {
      caseId: selectionCase.id,
      cadreId,
      proposedPost: removal ? null : postText(unit.name, selectionCase.postTitle),
      removeCurrentPost: true,
      reason: proposalReason(meeting, inFavour),
    });
  }
}
