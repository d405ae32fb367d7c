import type { Transaction } from '@cadre/core';
import {
  SELECTION_DEFAULTS,
  type SelectionConfig,
  selectionConfigSchema,
} from '../domain/index.ts';

export const SELECTION_PLUGIN_ID = 'selection';

/**
 * The district's settings: what it stored over the defaults (core validated them when they were
 * set). Read in the transaction that uses them, so a step sees the settings it is judged by.
 */
export async function selectionConfigOf(
  client: Pick<Transaction, 'districtPlugin'>,
  districtId: string,
): Promise<SelectionConfig> {
  const row = await client.districtPlugin.findUnique({
    where: { districtId_pluginId: { districtId, pluginId: SELECTION_PLUGIN_ID } },
    select: { config: true },
  });
  const stored = row?.config && typeof row.config === 'object' ? row.config : {};
  return selectionConfigSchema.parse({ ...SELECTION_DEFAULTS, ...stored });
}
