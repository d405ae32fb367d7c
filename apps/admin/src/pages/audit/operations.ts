import type { Label } from '@cadre/ui';

// The server names each record's action (`AuditRecord.actionLabel`); the filter offers groups.

/** Groups of operations to filter by: every operation starting with the prefix. */
export const OPERATION_GROUPS: Record<string, Label> = {
  'session.': { zh: '登录与会话', en: 'Sessions' },
  'user.': { zh: '用户', en: 'Users' },
  'role.': { zh: '角色', en: 'Roles' },
  'api-key.': { zh: '接口密钥', en: 'API keys' },
  'district.': { zh: '地区与插件', en: 'District and plugins' },
  'unit.': { zh: '单位与职数', en: 'Units and quotas' },
  'cadre.': { zh: '干部信息', en: 'Cadres' },
  'reserve-pool.': { zh: '后备干部库', en: 'Reserve pools' },
  'selection.': { zh: '选拔任用', en: 'Selection' },
};
