import { defineMessages } from '@cadre/ui';

/** Strings of the parts the core pages share. */
export const useCommonMessages = defineMessages({
  zh: {
    overdue: '已逾期',
    dueToday: '今日到期',
    daysLeft: '剩 {days} 个工作日',
    closed: '已办结',
    sensitive: '敏感',
    sensitiveHelp: '仅能按完整权限键单独授予；每次使用都记入审计',
    core: '核心',
    selectAll: '全选',
  },
  en: {
    overdue: 'Overdue',
    dueToday: 'Due today',
    daysLeft: '{days} working days left',
    closed: 'Closed',
    sensitive: 'Sensitive',
    sensitiveHelp: 'Granted only by its exact key; every use is audited',
    core: 'Core',
    selectAll: 'All',
  },
});
