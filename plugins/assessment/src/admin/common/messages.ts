import { defineMessages } from '@cadre/ui';

/** Strings the round pages share. */
export const useCommonMessages = defineMessages({
  zh: {
    notFound: '考核不存在，或不属于本地区',
    backToList: '返回考核列表',
    percent: '{value}%',
    none: '—',
  },
  en: {
    notFound: 'No such assessment round in this district',
    backToList: 'Back to the assessment rounds',
    percent: '{value}%',
    none: '—',
  },
});
