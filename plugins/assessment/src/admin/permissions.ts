// The permission keys the pages check: the plugin's own, declared beside its server so a key
// cannot drift.
export { ASSESSMENT_PERMISSION } from '../server/permissions.ts';
