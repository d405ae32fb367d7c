import type { PermissionSpec } from './permissions.ts';

/** The permissions core declares; plugins declare theirs in their plugin object. */
export const CORE_PERMISSIONS = {
  'core.cadre.read': { zh: '查看干部信息', en: 'Read cadre records' },
  'core.cadre.write': { zh: '维护干部信息', en: 'Edit cadre records' },
  'core.cadre.read-id-number': {
    zh: '查看完整身份证号码',
    en: 'Read full ID numbers',
    sensitive: true,
  },
  'core.archive.verify': { zh: '档案专项审核', en: 'Verify archive facts' },
  'core.sanction.read': {
    zh: '查看处分、组织处理与诫勉',
    en: 'Read sanctions, organizational handling and admonishments',
    sensitive: true,
  },
  'core.sanction.write': {
    zh: '维护处分、组织处理与诫勉',
    en: 'Edit sanctions, organizational handling and admonishments',
  },
  'core.unit.read': { zh: '查看单位与职数', en: 'Read units and post quotas' },
  'core.unit.write': { zh: '维护单位、班子与职数', en: 'Edit units, teams and post quotas' },
  'core.reserve-pool.read': { zh: '查看后备干部库', en: 'Read reserve pools' },
  'core.reserve-pool.write': { zh: '维护后备干部库', en: 'Edit reserve pools' },
  'core.district.configure': { zh: '启用插件与设置', en: 'Enable and configure plugins' },
  'core.user.manage': { zh: '管理用户与角色', en: 'Manage users and roles' },
  'core.api-key.manage': { zh: '管理接口密钥', en: 'Manage API keys' },
  'core.audit.read': { zh: '查看与核验审计记录', en: 'Read and verify audit records' },
  'core.case.read': { zh: '查看办理事项与全程纪实', en: 'Read cases and their full records' },
  'core.integrity.check': { zh: '发起廉洁与档案核查', en: 'Run integrity checks' },
  'core.due-item.read': { zh: '查看到期提醒', en: 'Read due items' },
  'core.city.read-aggregates': {
    zh: '查看所辖区县汇总数据',
    en: "Read aggregates of the city's districts",
  },
  // 市管干部: the city decides on them (DOMAIN §1), so it may read their registry, by grant.
  'core.city.read-managed-cadres': {
    zh: '查看所辖区县的市管干部名册',
    en: "Read the city-managed cadres of the city's districts",
    sensitive: true,
  },
} as const satisfies Record<string, PermissionSpec>;

export type CorePermission = keyof typeof CORE_PERMISSIONS;

export interface BuiltInRole {
  key: string;
  zh: string;
  en: string;
  grants: readonly string[];
}

/** Created in every district; their grants are patterns, so plugins installed later are covered. */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { key: 'district-admin', zh: '系统管理员', en: 'District administrator', grants: ['*'] },
  {
    key: 'cadre-section',
    zh: '干部科',
    en: 'Cadre section',
    grants: [
      'core.cadre.*',
      'core.archive.*',
      // Sensitive: granted by its exact key, never by a pattern.
      'core.sanction.read',
      'core.sanction.write',
      'core.unit.*',
      'core.reserve-pool.*',
      'core.case.*',
      'core.integrity.*',
      'core.due-item.*',
      'selection.*',
      'discipline-rehabilitation.*',
      'clearing-protection.*',
    ],
  },
  {
    key: 'assessment-office',
    zh: '考核办',
    en: 'Assessment office',
    grants: ['*.read', 'core.due-item.*', 'core.case.*', 'assessment.*'],
  },
  {
    // A unit's own assessor (单位考核员): the daily assessment and the results of the own unit only.
    key: 'unit-assessor',
    zh: '单位考核员',
    en: 'Unit assessor',
    grants: ['assessment.own-unit.read', 'assessment.own-unit.write', 'core.due-item.read'],
  },
  {
    key: 'supervision-section',
    zh: '干部监督科',
    en: 'Supervision section',
    grants: [
      '*.read',
      'core.due-item.*',
      'core.integrity.*',
      // Supervision records admonishments (诫勉) and organizational handling.
      'core.sanction.read',
      'core.sanction.write',
      'supervision.*',
      'clearing-protection.*',
    ],
  },
  {
    key: 'department-leader',
    zh: '部领导',
    en: 'Department leader',
    grants: [
      '*.read',
      '*.approve',
      '*.decide',
      // Sensitive, so the cadre section's `selection.*` does not reach it: 部务会研究 signs off.
      'selection.case.approve',
      // Sensitive, so the assessment office's `assessment.*` does not reach it: a raised 优秀 cap.
      'assessment.round.approve',
      'core.city.*',
      'core.city.read-managed-cadres',
      'core.integrity.*',
      'core.sanction.read',
    ],
  },
  {
    key: 'auditor',
    zh: '审计（只读）',
    en: 'Auditor (read-only)',
    grants: ['*.read', 'core.audit.*'],
  },
];
