import { defineMessages } from '@cadre/ui';

export const useWidgetMessages = defineMessages({
  zh: {
    noYear: '尚无已定档的年度考核',
    grades: '{year}年度考核等次分布',
    moreUnits: '另有{count}个单位',
    allResults: '查看考核结果',
    nonePending: '暂无待办理的考核结果运用事项',
    pending: '待办理',
    items: '项',
    unitOf: '{unit}（单位）',
    allRounds: '全部考核',
  },
  en: {
    noYear: 'No annual round has concluded yet',
    grades: 'Annual grades of {year} by unit',
    moreUnits: '{count} more units',
    allResults: 'Assessment results',
    nonePending: 'No consequences waiting',
    pending: 'Pending',
    items: '',
    unitOf: '{unit} (unit)',
    allRounds: 'All rounds',
  },
});
