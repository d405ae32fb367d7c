import type { ZodType } from 'zod';
import type { Transaction } from '@cadre/db';
import type { PermissionSpec } from '../domain/permissions.ts';
import { declareSensitiveFields } from '../domain/sensitive-fields.ts';
import type { WorkflowDefinition } from '../domain/workflow.ts';
import type { AttachmentOwner } from './attachments.ts';
import type { CityFiguresSource } from './city-figures.ts';
import type { AuditVocabulary } from './audit.ts';
import type { DeadlineSource } from './deadlines.ts';
import type { EventHandler, EventType } from './events.ts';
import type { IntegrityFindingsSource } from './integrity.ts';
import type { Builder } from '../server/builder.ts';
import type { CoreRefs } from '../server/index.ts';

/** A plugin's id: kebab-case; also its sub-graph and (in snake_case) its Postgres schema. */
export type PluginId = string;

/** The sub-graph every variant includes: core types and fields. */
export const CORE_SUBGRAPH = 'core';

export interface Label {
  zh: string;
  en: string;
}

export interface PluginSchemaContext {
  builder: Builder;
  /** Pass as `subGraphs` on every type and field the plugin adds, also on core types. */
  subGraphs: [PluginId];
  /** Core's types, for fields the plugin adds to them (`builder.objectField(core.Cadre, …)`). */
  core: CoreRefs;
}

/**
 * What a plugin's demo data is written with: the owner's transaction that also writes core's demo
 * city (no row-level security: every row names its district), the districts of that city that
 * enable the plugin, and the day the demo data is "today" on.
 */
export interface PluginSeedContext {
  tx: Transaction;
  districts: readonly { id: string; code: string; name: string }[];
  referenceDate: Date;
}

/**
 * What a plugin is, declared in one object: the gateway lists plugins; core reads only this.
 * Plugins meet each other through core's extension points, never by import.
 */
export interface CadrePlugin<Config = unknown> {
  id: PluginId;
  title: Label;
  /** Plugins that must be enabled in a district before this one. */
  dependsOn?: PluginId[];
  /** Per-district settings; every change is validated against `schema`. */
  config?: { schema: ZodType<Config>; defaults: Config };
  /** Permission keys `<plugin>.<resource>.<action>` with labels for the role editor. */
  permissions: Record<string, PermissionSpec>;
  /**
   * Names of the plugin's sensitive fields (a reporter's identity, personal-matters details):
   * masked wherever they appear in audit records and event payloads. Guard their reads with a
   * sensitive permission and `auditSensitiveRead`.
   */
  sensitiveFields?: readonly string[];
  registerSchema(ctx: PluginSchemaContext): void;
  /** The plugin's case types: states, transitions and the permission each needs. */
  workflows?: readonly WorkflowDefinition[];
  /** Findings about cadres for the integrity check, asked only where the plugin is enabled. */
  integrityFindings?: IntegrityFindingsSource;
  /**
   * The plugin's types files can be attached to (`SelectionFourMustEvidence`), named in
   * PascalCase after the plugin; their files are served only where the plugin is enabled.
   */
  attachmentOwners?: Record<string, AttachmentOwner>;
  /**
   * Due items that come due by date (a yearly report, a visit every few months): asked every
   * hour, and by `cadre deadlines run`, in the districts where the plugin is enabled.
   */
  deadlines?: DeadlineSource;
  /**
   * What the audit page calls the plugin's operations, changed fields and target types, in both
   * languages; an operation it does not name shows as its code.
   */
  audit?: AuditVocabulary;
  /**
   * Headline figures per district for a city-level tenant's roll-up (市级汇总), shown for the
   * districts that enable the plugin. Read through a SECURITY DEFINER function (see the type).
   */
  cityFigures?: CityFiguresSource;
  /** Handlers of domain events (any plugin's, or core's), by event type. */
  eventHandlers?: Partial<Record<EventType, EventHandler>>;
  /** Demo data, written after core's demo city and in its transaction (`cadre seed`, `npm start`). */
  seed?(ctx: PluginSeedContext): Promise<void>;
}

const PLUGIN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Checks the declaration once, where the plugin is defined, instead of failing later. */
export function definePlugin<Config>(plugin: CadrePlugin<Config>): CadrePlugin<Config> {
  if (!PLUGIN_ID.test(plugin.id) || plugin.id === CORE_SUBGRAPH) {
    throw new Error(`Plugin id "${plugin.id}" must be kebab-case and not "${CORE_SUBGRAPH}"`);
  }
  for (const key of Object.keys(plugin.permissions)) {
    if (!key.startsWith(`${plugin.id}.`)) {
      throw new Error(`Permission "${key}" of plugin ${plugin.id} must start with "${plugin.id}."`);
    }
  }
  declareSensitiveFields(plugin.sensitiveFields ?? []);
  for (const action of Object.keys(plugin.audit?.actions ?? {})) {
    if (!action.startsWith(`${plugin.id}.`)) {
      throw new Error(
        `Audited action "${action}" of plugin ${plugin.id} must start with "${plugin.id}."`,
      );
    }
  }
  for (const workflow of plugin.workflows ?? []) {
    if (!workflow.caseType.startsWith(`${plugin.id}.`)) {
      throw new Error(
        `Case type "${workflow.caseType}" of plugin ${plugin.id} must start with "${plugin.id}."`,
      );
    }
  }
  const prefix = plugin.id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
  for (const type of Object.keys(plugin.attachmentOwners ?? {})) {
    if (!type.startsWith(prefix) || !/^[A-Z][A-Za-z0-9]*$/.test(type)) {
      throw new Error(`Attachment owner type "${type}" of plugin ${plugin.id} must be ${prefix}…`);
    }
  }
  return plugin;
}

/** The Postgres schema a plugin's tables live in. */
export function pluginSchemaName(id: PluginId): string {
  return id.replaceAll('-', '_');
}
