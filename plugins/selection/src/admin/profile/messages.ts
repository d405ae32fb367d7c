import { defineMessages } from '@cadre/ui';

export const useProfileMessages = defineMessages({
  zh: {
    none: '未作为选拔任用人选',
    opened: '{day} 动议',
  },
  en: {
    none: 'Not a candidate in any selection',
    opened: 'opened {day}',
  },
});
