import { createContext, type ReactNode, useContext } from 'react';

/** The signed-in staff member, their district and what they may do there. */
export interface Viewer {
  userId: string;
  username: string;
  displayName: string;
  district: { id: string; code: string; name: string; level: 'CITY' | 'DISTRICT' };
  /** Permission keys held (`myPermissions`). */
  permissions: ReadonlySet<string>;
  /** Plugins switched on in the district. */
  enabledPlugins: ReadonlySet<string>;
}

export interface ViewerState {
  viewer: Viewer;
  /** True without a permission, or when the viewer holds it. */
  can(permission?: string): boolean;
  signOut(): Promise<void>;
}

const ViewerContext = createContext<ViewerState | null>(null);

export function ViewerProvider({ value, children }: { value: ViewerState; children: ReactNode }) {
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

/** Inside the signed-in shell: who is viewing and `can(permission)`. */
export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer() outside the signed-in shell');
  return state;
}

export function canWith(permissions: ReadonlySet<string>) {
  return (permission?: string) => permission === undefined || permissions.has(permission);
}
