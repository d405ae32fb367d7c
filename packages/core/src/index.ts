export { CORE_SUBGRAPH, definePlugin, pluginSchemaName } from './contract/plugin.ts';
export type { CadrePlugin, Label, PluginId, PluginSchemaContext } from './contract/plugin.ts';
export type { DistrictScope, Language, RequestContext, Viewer } from './contract/context.ts';
export {
  CadreError,
  InputError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
} from './errors/cadre-error.ts';
export { bilingual, parseInput } from './errors/zod-issues.ts';
export type { Builder, Types } from './server/builder.ts';
export { SchemaVariants } from './server/schema-variants.ts';
export { districtOf, viewerOf, actorOf } from './server/scope.ts';
export { writeAudited, changedFields } from './services/audit.ts';
export type { Actor, Audit, Transaction } from './services/audit.ts';
export { createDistrict, setPluginEnabled, configurePlugin } from './services/districts.ts';
export { createUser, resolveSession } from './services/users.ts';
export { DEMO_DISTRICTS, insertDemoCity, planDemoCity } from './seed/index.ts';
export type { DemoCityPlan } from './seed/index.ts';
