import type { CadrePlugin } from '@cadre/core';
import { assessmentPlugin } from '@cadre/plugin-assessment';
import { selectionPlugin } from '@cadre/plugin-selection';

/**
 * The plugins this gateway installs: the only list of them in the code base. A district then
 * switches each on or off. The five domain plugins join here as they are built.
 */
export const installedPlugins: readonly CadrePlugin[] = [selectionPlugin, assessmentPlugin];
