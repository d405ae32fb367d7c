import { defineMessages } from '../i18n/messages.ts';

/** Strings of the kit's own parts. */
export const useKitMessages = defineMessages({
  zh: {
    loadFailed: '数据加载失败',
    breadcrumbs: '页面位置',
  },
  en: {
    loadFailed: 'Could not load the data',
    breadcrumbs: 'Breadcrumb',
  },
});
