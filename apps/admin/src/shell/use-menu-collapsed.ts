import { useState, useSyncExternalStore } from 'react';

// Below antd's `xl` (1200 px) the menu starts folded, so a 1024 px screen gives the page the width.
const NARROW = '(max-width: 1199.98px)';
const KEYS = { wide: 'cadre.menu.collapsed', narrow: 'cadre.menu.collapsed.narrow' };

function useNarrowWindow(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

/**
 * Whether the side menu is folded, and the toggle. The viewer's choice is remembered apart for
 * narrow and wide windows: unfolding it on a laptop does not unfold it on a wide screen.
 */
export function useMenuCollapsed(): [collapsed: boolean, toggle: () => void] {
  const side = useNarrowWindow() ? 'narrow' : 'wide';
  const [stored, setStored] = useState(() => ({
    wide: localStorage.getItem(KEYS.wide),
    narrow: localStorage.getItem(KEYS.narrow),
  }));
  const collapsed = stored[side] === null ? side === 'narrow' : stored[side] === '1';
  const toggle = () => {
    const next = collapsed ? '0' : '1';
    localStorage.setItem(KEYS[side], next);
    setStored({ ...stored, [side]: next });
  };
  return [collapsed, toggle];
}
