import { defineMessages } from '@cadre/ui';

/** Strings the plugin's pages share. */
export const useCommonMessages = defineMessages({
  zh: {
    saved: '已保存',
    confirmTitle: '确认办理“{step}”？',
    irreversible: '办理后记入全程纪实，不能撤回。',
    confirmOk: '确认办理',
    cancel: '取消',
    yes: '是',
    no: '否',
    none: '无',
    notFound: '选任事项不存在，或不属于本地区',
    backToList: '返回选任事项',
    importantPost: '重要岗位',
    principalPost: '党政正职',
    overQuota: '超职数动议',
  },
  en: {
    saved: 'Saved',
    confirmTitle: 'Take the step “{step}”?',
    irreversible: 'It goes into the full-process record and cannot be undone.',
    confirmOk: 'Take the step',
    cancel: 'Cancel',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    notFound: 'No such selection case in this district',
    backToList: 'Back to selection cases',
    importantPost: 'Important post',
    principalPost: 'Principal post',
    overQuota: 'Beyond the quota',
  },
});
