import type { Label } from '@cadre/ui';

// What core's audited operations are called; a plugin's operation shows as its code.

export const OPERATION_LABELS: Record<string, Label> = {
  'session.start': { zh: '登录', en: 'Sign-in' },
  'session.end': { zh: '退出登录', en: 'Sign-out' },
  'session.refuse': { zh: '登录失败', en: 'Sign-in refused' },
  'user.create': { zh: '新建用户', en: 'User created' },
  'user.roles.set': { zh: '设置用户角色', en: 'User roles set' },
  'user.enable': { zh: '启用用户', en: 'User enabled' },
  'user.disable': { zh: '停用用户', en: 'User disabled' },
  'user.lock': { zh: '锁定用户', en: 'User locked' },
  'role.create': { zh: '新建角色', en: 'Role created' },
  'role.update': { zh: '修改角色权限', en: 'Role grants changed' },
  'api-key.create': { zh: '签发接口密钥', en: 'API key issued' },
  'api-key.revoke': { zh: '吊销接口密钥', en: 'API key revoked' },
  'district.create': { zh: '新建地区', en: 'District created' },
  'district.plugin.enable': { zh: '启用插件', en: 'Plugin enabled' },
  'district.plugin.disable': { zh: '停用插件', en: 'Plugin disabled' },
  'district.plugin.configure': { zh: '修改插件设置', en: 'Plugin settings changed' },
  'unit.create': { zh: '新建单位', en: 'Unit created' },
  'unit.team.create': { zh: '新建领导班子', en: 'Leadership team created' },
  'unit.quota.set': { zh: '设置职数', en: 'Quota set' },
  'cadre.create': { zh: '新增干部', en: 'Cadre entered' },
  'cadre.update': { zh: '修改干部信息', en: 'Cadre changed' },
  'cadre.fact.verify': { zh: '档案专项审核', en: 'Archive fact verified' },
  'cadre.post.add': { zh: '添加任职经历', en: 'Post added' },
  'cadre.post.update': { zh: '修改任职经历', en: 'Post changed' },
  'cadre.post.remove': { zh: '删除任职经历', en: 'Post removed' },
  'cadre.read-id-number': { zh: '查看完整身份证号', en: 'Full ID number read' },
  'reserve-pool.create': { zh: '新建干部库', en: 'Reserve pool created' },
  'reserve-pool.entry.add': { zh: '加入后备人选', en: 'Candidate added to pool' },
  'integrity-check.run': { zh: '廉洁与档案核查', en: 'Integrity check run' },
  'outbox-event.replay': { zh: '重新投递事件', en: 'Event replayed' },
};

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
};
