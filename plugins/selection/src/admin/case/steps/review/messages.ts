import { defineMessages } from '@cadre/ui';

export const useReviewMessages = defineMessages({
  zh: {
    title: '部务会研究',
    intro: '考察和酝酿情况经组织部部务会研究、部领导签批同意后，方可提交党委（党组）讨论决定。',
    submitted: '{time} 由 {actor} 提交部务会研究',
    approved: '部务会研究同意：{actor}，{time}',
    returned: '部务会研究退回重新酝酿：{actor}，{time}',
    pending: '待部务会研究',
    approveOnly: '须由具有“部务会研究”权限的部领导在“下一步”中同意或退回，经办人员不能自行办理。',
    approveHere: '请在“下一步”中同意提交讨论决定，或写明理由退回重新酝酿。',
  },
  en: {
    title: 'Department review',
    intro:
      'The inspection and the deliberation go to the Party committee for decision only after the department’s meeting has studied them and a department leader has signed off.',
    submitted: 'Submitted for review by {actor} at {time}',
    approved: 'Approved for the meeting by {actor} at {time}',
    returned: 'Sent back to deliberation by {actor} at {time}',
    pending: 'Awaiting review',
    approveOnly:
      'A department leader permitted to review approves or sends the case back under “Next steps”; the clerk cannot.',
    approveHere:
      'Approve the case for the decision meeting under “Next steps”, or send it back with the reason.',
  },
});
