import { defineMessages } from '../i18n/messages.ts';

/** Strings of the step-record parts, also for a plugin's own confirmation of a step. */
export const useStepMessages = defineMessages({
  zh: {
    saved: '已保存',
    confirmTitle: '确认办理“{step}”？',
    irreversible: '办理后记入全程纪实，不能撤回。',
    confirmOk: '确认办理',
    cancel: '取消',
    followedUp: '{on}：{text}',
  },
  en: {
    saved: 'Saved',
    confirmTitle: 'Take the step “{step}”?',
    irreversible: 'It goes into the full-process record and cannot be undone.',
    confirmOk: 'Take the step',
    cancel: 'Cancel',
    followedUp: '{on}: {text}',
  },
});
