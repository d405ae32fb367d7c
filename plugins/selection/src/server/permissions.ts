import type { PermissionSpec } from '@cadre/core';

// What the plugin lets a role do. Built-in roles grant by pattern: 干部科 (cadre-section) holds
// `selection.*`, 部领导 (department-leader) `*.read` and `*.decide`, 审计 (auditor) `*.read`.
// The department's approval is granted by its exact key (so marked sensitive, which no pattern
// reaches): the clerk who moves a case may not sign it off, 部领导 holds it.

export const SELECTION_PERMISSION = {
  read: 'selection.case.read',
  open: 'selection.case.open',
  record: 'selection.case.record',
  overrideQuota: 'selection.quota.override',
  decide: 'selection.case.decide',
  approve: 'selection.case.approve',
  appoint: 'selection.case.appoint',
  withdraw: 'selection.case.withdraw',
  statistics: 'selection.statistics.read',
} as const;

const P = SELECTION_PERMISSION;

export const SELECTION_PERMISSIONS: Record<string, PermissionSpec> = {
  [P.read]: { zh: '查看选拔任用事项', en: 'Read selection cases' },
  [P.open]: { zh: '动议（新建选拔任用事项）', en: 'Open selection cases (motion)' },
  [P.record]: {
    zh: '记录推荐、考察、酝酿、公示等环节并推进流程',
    en: 'Record recommendation, inspection, deliberation and publicity, and move cases on',
  },
  [P.overrideQuota]: {
    zh: '无空缺职数时说明理由后动议',
    en: 'Open a case without a vacancy, on a recorded justification',
  },
  [P.decide]: { zh: '记录讨论决定（票决、复议）', en: 'Record decisions (votes, reconsideration)' },
  [P.approve]: {
    zh: '部务会研究（部领导签批提交讨论决定或退回酝酿）',
    en: 'Department review: approve a case for the decision meeting or send it back',
    sensitive: true,
  },
  [P.appoint]: {
    zh: '任职与试用期满考核（更新干部任职经历与职级）',
    en: 'Appoint and conclude probation (updates post history and rank)',
  },
  [P.withdraw]: { zh: '终止选拔任用事项', en: 'Withdraw selection cases' },
  [P.statistics]: {
    zh: '查看选拔任用统计与带病提拔回头看',
    en: 'Read selection statistics and promotion look-backs',
  },
};
