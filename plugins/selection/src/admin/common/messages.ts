import { defineMessages } from '@cadre/ui';

/** Strings the plugin's pages share. */
export const useCommonMessages = defineMessages({
  zh: {
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
