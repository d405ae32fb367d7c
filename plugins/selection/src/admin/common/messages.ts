import { defineMessages } from '@cadre/ui';

/** Strings the plugin's pages share. */
export const useCommonMessages = defineMessages({
  zh: {
    loadFailed: '数据加载失败',
    saved: '已保存',
    done: '已办理',
    confirmTitle: '确认办理“{step}”？',
    irreversible: '办理后记入全程纪实，不能撤回。',
    confirmOk: '确认办理',
    cancel: '取消',
    yes: '是',
    no: '否',
    none: '无',
    required: '请填写{field}',
    notFound: '选任事项不存在，或不属于本地区',
    backToList: '返回选任事项',
    people: '{count} 人',
  },
  en: {
    loadFailed: 'Could not load the data',
    saved: 'Saved',
    done: 'Done',
    confirmTitle: 'Take the step “{step}”?',
    irreversible: 'It goes into the full-process record and cannot be undone.',
    confirmOk: 'Take the step',
    cancel: 'Cancel',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    required: 'Enter {field}',
    notFound: 'No such selection case in this district',
    backToList: 'Back to selection cases',
    people: '{count}',
  },
});
