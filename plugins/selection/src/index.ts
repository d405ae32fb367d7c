import { definePlugin } from '@cadre/core';
import { SELECTION_DEFAULTS, type SelectionConfig, selectionConfigSchema } from './domain/index.ts';
import { SELECTION_AUDIT } from './server/audit-vocabulary.ts';
import { SELECTION_PLUGIN_ID } from './server/config.ts';
import {
  fourMustEvidence,
  registerSelectionSchema,
  seedSelection,
  selectionCityFigures,
  selectionEventHandlers,
  selectionFindings,
  SELECTION_PERMISSIONS,
} from './server/index.ts';
import { selectionWorkflow } from './workflow.ts';

/**
 * 选拔任用: one case per post from the motion to the end of probation (DOMAIN §3), its
 * statistics and the look-back at recent promotions. See README.md.
 */
export const selectionPlugin = definePlugin<SelectionConfig>({
  id: SELECTION_PLUGIN_ID,
  title: { zh: '选拔任用', en: 'Selection' },
  config: { schema: selectionConfigSchema, defaults: SELECTION_DEFAULTS },
  permissions: SELECTION_PERMISSIONS,
  registerSchema: registerSelectionSchema,
  workflows: [selectionWorkflow],
  integrityFindings: selectionFindings,
  attachmentOwners: { SelectionFourMustEvidence: fourMustEvidence },
  audit: SELECTION_AUDIT,
  eventHandlers: selectionEventHandlers,
  cityFigures: selectionCityFigures,
  seed: seedSelection,
});
