// Which plugins a district may switch on or off, given what each one depends on.

export interface PluginDeclaration {
  id: string;
  dependsOn?: readonly string[];
}

export type SwitchRefusal =
  | { code: 'UNKNOWN_PLUGIN'; pluginId: string }
  | { code: 'DEPENDENCY_DISABLED'; pluginId: string; missing: string[] }
  | { code: 'REQUIRED_BY_ENABLED'; pluginId: string; requiredBy: string[] };

export function checkEnable(
  installed: readonly PluginDeclaration[],
  enabled: ReadonlySet<string>,
  pluginId: string,
): SwitchRefusal | null {
  const plugin = installed.find((p) => p.id === pluginId);
  if (!plugin) return { code: 'UNKNOWN_PLUGIN', pluginId };
  const missing = (plugin.dependsOn ?? []).filter((dep) => !enabled.has(dep));
  return missing.length > 0 ? { code: 'DEPENDENCY_DISABLED', pluginId, missing } : null;
}

export function checkDisable(
  installed: readonly PluginDeclaration[],
  enabled: ReadonlySet<string>,
  pluginId: string,
): SwitchRefusal | null {
  if (!installed.some((p) => p.id === pluginId)) return { code: 'UNKNOWN_PLUGIN', pluginId };
  const requiredBy = installed
    .filter((p) => enabled.has(p.id) && (p.dependsOn ?? []).includes(pluginId))
    .map((p) => p.id);
  return requiredBy.length > 0 ? { code: 'REQUIRED_BY_ENABLED', pluginId, requiredBy } : null;
}
