import { defineMessages } from '@cadre/ui';

export const useWidgetMessages = defineMessages({
  zh: { none: '暂无在办事项', count: '{stage} {count} 项', all: '全部选任事项' },
  en: { none: 'No open cases', count: '{stage}: {count}', all: 'All selection cases' },
});
