import { defineMessages } from '../i18n/messages.ts';

/** Strings of a list page's filters and pager. */
export const useListMessages = defineMessages({
  zh: {
    filters: '筛选',
    previous: '上一页',
    next: '下一页',
    pageOf: '第 {page} 页，共 {pages} 页',
    pager: '翻页',
  },
  en: {
    filters: 'Filters',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {page} of {pages}',
    pager: 'Pages',
  },
});
