import { randomUUID } from 'node:crypto';
import type { Database, DistrictLevel, Prisma } from '@cadre/db';
import type { CadrePlugin } from '../contract/plugin.ts';
import { checkDisable, checkEnable, type SwitchRefusal } from '../domain/plugin-switches.ts';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { toInputIssues } from '../errors/zod-issues.ts';
import { type Actor, changedFields, writeAudited } from './audit.ts';
import { builtInRoleRows } from './roles.ts';

const DISTRICT_CODE = /^[0-9A-Za-z]{2,12}$/;

export interface NewDistrict {
  code: string;
  name: string;
  level: DistrictLevel;
  parentCode?: string | null;
}

/**
 * A new tenant with the built-in roles. Its first audit record starts the district's chain, in
 * the name of `actor` (an operator, or a user of the parent city).
 */
export async function createDistrict(
  db: Database,
  actor: Omit<Actor, 'districtId'>,
  input: NewDistrict,
) {
  const { prisma } = db;
  const issues = [];
  if (!DISTRICT_CODE.test(input.code)) {
    issues.push({
      path: 'code',
      code: 'INVALID',
      text: { zh: '区划代码须为 2–12 位字母或数字', en: 'Code: 2–12 letters or digits' },
    });
  }
  if (!input.name.trim())
    issues.push({
      path: 'name',
      code: 'REQUIRED',
      text: { zh: '名称不能为空', en: 'Name is required' },
    });
  if (issues.length > 0) throw new InputError(issues);
  const parent = input.parentCode
    ? await prisma.district.findUnique({ where: { code: input.parentCode } })
    : null;
  if (input.parentCode && !parent) {
    throw new NotFoundError({
      zh: `上级区划 ${input.parentCode}`,
      en: `Parent district ${input.parentCode}`,
    });
  }
  if (input.level === 'DISTRICT' && parent?.level !== 'CITY') {
    throw new RuleViolationError('CORE_DISTRICT_NEEDS_CITY', {
      zh: '区（县）须隶属于一个市',
      en: 'A district must belong to a city',
    });
  }
  if (await prisma.district.findUnique({ where: { code: input.code } })) {
    throw new RuleViolationError('CORE_DISTRICT_CODE_TAKEN', {
      zh: `区划代码 ${input.code} 已存在`,
      en: `District code ${input.code} exists`,
    });
  }
  const id = randomUUID();
  return writeAudited(db, { ...actor, districtId: id }, async (tx, audit) => {
    const district = await tx.district.create({
      data: {
        id,
        code: input.code,
        name: input.name.trim(),
        level: input.level,
        parentId: parent?.id ?? null,
      },
    });
    await audit({
      operation: 'district.create',
      targetType: 'District',
      targetId: district.id,
      changes: changedFields({}, district),
    });
    await tx.role.createMany({ data: builtInRoleRows(id) });
    return district;
  });
}

function refusal(r: SwitchRefusal): RuleViolationError {
  switch (r.code) {
    case 'UNKNOWN_PLUGIN':
      return new RuleViolationError('CORE_UNKNOWN_PLUGIN', {
        zh: `未安装插件 ${r.pluginId}`,
        en: `No plugin ${r.pluginId} is installed`,
      });
    case 'DEPENDENCY_DISABLED':
      return new RuleViolationError('CORE_PLUGIN_DEPENDENCY_DISABLED', {
        zh: `启用 ${r.pluginId} 前须先启用：${r.missing.join('、')}`,
        en: `Enable ${r.missing.join(', ')} before ${r.pluginId}`,
      });
    case 'REQUIRED_BY_ENABLED':
      return new RuleViolationError('CORE_PLUGIN_REQUIRED', {
        zh: `${r.requiredBy.join('、')} 依赖 ${r.pluginId}，请先停用它们`,
        en: `${r.requiredBy.join(', ')} depend on ${r.pluginId}; disable them first`,
      });
  }
}

/** Switches a plugin on or off in a district. Settings are kept when it is switched off. */
export async function setPluginEnabled(
  db: Database,
  installed: readonly CadrePlugin[],
  actor: Omit<Actor, 'districtId'>,
  districtId: string,
  pluginId: string,
  enabled: boolean,
) {
  return writeAudited(db, { ...actor, districtId }, async (tx, audit) => {
    const rows = await tx.districtPlugin.findMany({ where: { districtId } });
    const on = new Set(rows.filter((r) => r.enabled).map((r) => r.pluginId));
    const refused = enabled
      ? checkEnable(installed, on, pluginId)
      : checkDisable(installed, on, pluginId);
    if (refused) throw refusal(refused);
    const plugin = installed.find((p) => p.id === pluginId);
    const before = rows.find((r) => r.pluginId === pluginId);
    const row = await tx.districtPlugin.upsert({
      where: { districtId_pluginId: { districtId, pluginId } },
      create: {
        districtId,
        pluginId,
        enabled,
        config: (plugin?.config?.defaults ?? {}) as Prisma.InputJsonValue,
      },
      update: { enabled },
    });
    await audit({
      operation: enabled ? 'district.plugin.enable' : 'district.plugin.disable',
      targetType: 'District',
      targetId: districtId,
      changes: { [`plugins.${pluginId}.enabled`]: [before?.enabled ?? false, enabled] },
    });
    return row;
  });
}

/** Replaces a plugin's settings in a district after validating them against its schema. */
export async function configurePlugin(
  db: Database,
  installed: readonly CadrePlugin[],
  actor: Omit<Actor, 'districtId'>,
  districtId: string,
  pluginId: string,
  config: unknown,
) {
  const plugin = installed.find((p) => p.id === pluginId);
  if (!plugin) throw refusal({ code: 'UNKNOWN_PLUGIN', pluginId });
  if (!plugin.config) {
    throw new RuleViolationError('CORE_PLUGIN_NOT_CONFIGURABLE', {
      zh: `插件 ${pluginId} 没有可配置项`,
      en: `Plugin ${pluginId} has no settings`,
    });
  }
  const parsed = plugin.config.schema.safeParse(config);
  if (!parsed.success) throw new InputError(toInputIssues(parsed.error.issues, ['config']));
  const value = parsed.data as Prisma.InputJsonValue;
  return writeAudited(db, { ...actor, districtId }, async (tx, audit) => {
    const before = await tx.districtPlugin.findUnique({
      where: { districtId_pluginId: { districtId, pluginId } },
    });
    const row = await tx.districtPlugin.upsert({
      where: { districtId_pluginId: { districtId, pluginId } },
      create: { districtId, pluginId, enabled: false, config: value },
      update: { config: value },
    });
    await audit({
      operation: 'district.plugin.configure',
      targetType: 'District',
      targetId: districtId,
      changes: { [`plugins.${pluginId}.config`]: [before?.config ?? null, value] },
    });
    return row;
  });
}

/** A plugin's settings in a district: stored values over the plugin's defaults. */
export function effectiveConfig(plugin: CadrePlugin, stored: unknown): unknown {
  return { ...(plugin.config?.defaults as object | undefined), ...(stored as object | undefined) };
}
