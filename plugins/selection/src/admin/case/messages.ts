import { defineMessages } from '@cadre/ui';

/** The frame of a case: header, steps, next steps and candidates (the kit says the rest). */
export const useCaseMessages = defineMessages({
  zh: {
    intro: '{unit} · 拟任{post}（{rank}） · {type}',
    record: '全程纪实表',
    currentStage: '当前环节',
    timeline: '办理环节',
    viewing: '正在查看“{stage}”环节的记录；当前环节为“{current}”。',
    backToCurrent: '回到当前环节',
    ended: '本事项已于 {day} {stage}。',
    inForm: '在本环节的表单中办理',
    candidates: '人选',
    appointmentCard: '任免审批表',
    noCandidates: '尚未提出人选',
    notInPool: '未列入后备干部',
    inPool: '后备干部',
  },
  en: {
    intro: '{unit} · {post} ({rank}) · {type}',
    record: 'Full-process record',
    currentStage: 'Current stage',
    timeline: 'Steps',
    viewing: 'Viewing the records of “{stage}”; the case is at “{current}”.',
    backToCurrent: 'Back to the current step',
    ended: 'The case ended on {day}: {stage}.',
    inForm: 'Taken in the form of this step',
    candidates: 'Candidates',
    appointmentCard: 'Appointment form',
    noCandidates: 'No candidates yet',
    notInPool: 'Not in a reserve pool',
    inPool: 'Reserve pool',
  },
});
