import { defineMessages } from '../i18n/messages.ts';

/** Strings of a workflow case's parts: its next steps, the step's dialog and the history. */
export const useWorkflowMessages = defineMessages({
  zh: {
    nextSteps: '下一步',
    noSteps: '当前没有可办理的流程步骤',
    refusedNow: '暂不能办理：{reason}',
    reason: '理由',
    reasonRequired: '请填写理由',
    reasonHint: '记入全程纪实',
    attachments: '依据文件',
    attachmentName: '文件名称',
    attachmentReference: '文号或链接',
    addAttachment: '添加依据文件',
    remove: '删除',
    history: '全程纪实',
    historyEmpty: '尚无记录',
    by: '{actor} 办理',
  },
  en: {
    nextSteps: 'Next step',
    noSteps: 'No step can be taken now',
    refusedNow: 'Not yet: {reason}',
    reason: 'Reason',
    reasonRequired: 'Give the reason',
    reasonHint: 'Goes into the full-process record',
    attachments: 'Documents',
    attachmentName: 'Document',
    attachmentReference: 'Number or link',
    addAttachment: 'Add a document',
    remove: 'Remove',
    history: 'Full-process record',
    historyEmpty: 'Nothing recorded yet',
    by: 'by {actor}',
  },
});
