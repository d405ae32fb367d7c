import { useSyncExternalStore } from 'react';

/**
 * The session token of the signed-in staff member. Kept in localStorage so that a link opened in
 * a new tab (the printable cadre card) is signed in too; `logout` and an expired session clear it.
 */
const KEY = 'cadre.session';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let current = read();
/** The server ended the session (idle timeout, lifetime, revoked): the login page says so. */
let expired = false;

function set(token: string | null): void {
  current = token;
  expired = false;
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private window): the session lasts while this tab is open.
  }
  for (const listener of listeners) listener();
}

// Signing out in one tab signs out the others.
window.addEventListener('storage', (event) => {
  if (event.key !== KEY) return;
  current = event.newValue;
  for (const listener of listeners) listener();
});

export const sessionToken = {
  get: (): string | null => current,
  set: (token: string): void => set(token),
  /** Signing out. */
  clear: (): void => set(null),
  /** The server answered "not signed in" to this session. */
  expire: (): void => {
    set(null);
    expired = true;
  },
  expired: (): boolean => expired,
};

export function useSessionToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
