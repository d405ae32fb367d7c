import type { AdminPlugin } from '@cadre/ui';
// The one place the admin app names plugins, as apps/gateway/src/plugins.ts does for the server.
// eslint-disable-next-line no-restricted-imports
import assessment from '@cadre/plugin-assessment/admin';
// eslint-disable-next-line no-restricted-imports
import selection from '@cadre/plugin-selection/admin';

/** Admin parts of the installed plugins; the shell mounts those enabled in the viewer's district. */
export const adminPlugins: readonly AdminPlugin[] = [selection, assessment];
