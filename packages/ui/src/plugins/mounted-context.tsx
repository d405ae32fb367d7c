import { createContext, type ReactNode, useContext } from 'react';
import type { MountedParts } from './mounted.ts';

const EMPTY: MountedParts = { nav: [], routes: [], profileSections: [], dashboardWidgets: [] };
const MountedContext = createContext<MountedParts>(EMPTY);

export function MountedPluginsProvider({
  value,
  children,
}: {
  value: MountedParts;
  children: ReactNode;
}) {
  return <MountedContext.Provider value={value}>{children}</MountedContext.Provider>;
}

/** The enabled plugins' parts the viewer may see: the dashboard and the profile mount these. */
export function useMountedPlugins(): MountedParts {
  return useContext(MountedContext);
}
