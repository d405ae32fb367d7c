import type { Transaction } from '@cadre/core';
import {
  ASSESSMENT_DEFAULTS,
  type AssessmentConfig,
  assessmentConfigSchema,
} from '../domain/config.ts';

export const ASSESSMENT_PLUGIN_ID = 'assessment';

/**
 * The district's settings: what it stored over the defaults (core validated them when they were
 * set). Read in the transaction that uses them, so a write sees the settings it is judged by.
 */
export async function assessmentConfigOf(
  client: Pick<Transaction, 'districtPlugin'>,
  districtId: string,
): Promise<AssessmentConfig> {
  const row = await client.districtPlugin.findUnique({
    where: { districtId_pluginId: { districtId, pluginId: ASSESSMENT_PLUGIN_ID } },
    select: { config: true },
  });
  const stored = row?.config && typeof row.config === 'object' ? row.config : {};
  return assessmentConfigSchema.parse({ ...ASSESSMENT_DEFAULTS, ...stored });
}
