import { definePlugin } from '@cadre/core';
import {
  ASSESSMENT_DEFAULTS,
  type AssessmentConfig,
  assessmentConfigSchema,
} from './domain/config.ts';
import { ASSESSMENT_AUDIT } from './server/audit-vocabulary.ts';
import { ASSESSMENT_PLUGIN_ID } from './server/config.ts';
import {
  assessmentDeadlines,
  assessmentFindings,
  ASSESSMENT_PERMISSIONS,
  registerAssessmentSchema,
} from './server/index.ts';
import { seedAssessment } from './server/seed.ts';
import { roundWorkflow } from './workflow.ts';

/**
 * 考核: the indicator library, the daily assessment in the units, and annual, special and term
 * assessments with weighted evaluation subjects, the 优秀 cap and the consequences (DOMAIN §4).
 * See README.md.
 */
export const assessmentPlugin = definePlugin<AssessmentConfig>({
  id: ASSESSMENT_PLUGIN_ID,
  title: { zh: '考核', en: 'Assessment' },
  config: { schema: assessmentConfigSchema, defaults: ASSESSMENT_DEFAULTS },
  permissions: ASSESSMENT_PERMISSIONS,
  registerSchema: registerAssessmentSchema,
  workflows: [roundWorkflow],
  integrityFindings: assessmentFindings,
  deadlines: assessmentDeadlines,
  audit: ASSESSMENT_AUDIT,
  seed: seedAssessment,
});
