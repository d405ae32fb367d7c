// The permission keys the pages check: the plugin's own (declared beside its server, so a key
// cannot drift) and the core ones its pages read through.
export { SELECTION_PERMISSION } from '../server/permissions.ts';

/** Core's stored integrity checks of a case (`WorkflowCase.integrityChecks`). */
export const CORE_CASE_READ = 'core.case.read';
