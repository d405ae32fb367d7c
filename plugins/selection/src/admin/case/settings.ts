import { MIN_PUBLICITY_WORKING_DAYS } from '../rules.ts';
import type { DistrictSettings } from './queries.ts';

const numberIn = (json: unknown, key: string): number | undefined => {
  if (typeof json !== 'object' || json === null || !(key in json)) return undefined;
  const value: unknown = (json as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : undefined;
};

/** The district's working days of publicity: its stored setting over the plugin's default. */
export function publicityWorkingDays(district: DistrictSettings): number {
  const plugin = district.plugins.find((p) => p.pluginId === 'selection');
  return (
    numberIn(plugin?.config, 'publicityWorkingDays') ??
    numberIn(plugin?.configDefaults, 'publicityWorkingDays') ??
    MIN_PUBLICITY_WORKING_DAYS
  );
}
