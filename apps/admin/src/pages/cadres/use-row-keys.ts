import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Keyboard use of a table's rows: one row is in the tab order at a time (a roving tabindex);
 * ↑/↓, Home/End move it, Enter opens the row, PageUp/PageDown turn the page.
 */
export function useRowKeys<R extends { id: string }>(
  rows: R[],
  actions: { open: (row: R) => void; nextPage: () => void; previousPage: () => void },
) {
  const [active, setActive] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number | null>(null);

  const focusRow = useCallback((index: number) => {
    const row = container.current?.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')[index];
    row?.focus();
  }, []);

  // A new page: the first row is the one in the tab order; keep focus in the table if it was.
  useEffect(() => {
    const index = focusNext.current ?? 0;
    setActive(Math.min(index, Math.max(0, rows.length - 1)));
    // Not on an empty list: the rows of the turned page are still to come.
    if (focusNext.current !== null && rows.length > 0) {
      focusNext.current = null;
      focusRow(Math.min(index, rows.length - 1));
    }
  }, [rows, focusRow]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const move = (to: number) => {
      event.preventDefault();
      const bounded = Math.max(0, Math.min(rows.length - 1, to));
      setActive(bounded);
      focusRow(bounded);
    };
    const row = rows[index];
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(rows.length - 1);
      case 'Enter':
        event.preventDefault();
        if (row) actions.open(row);
        return;
      case 'PageDown':
        event.preventDefault();
        focusNext.current = 0;
        return actions.nextPage();
      case 'PageUp':
        event.preventDefault();
        focusNext.current = 0;
        return actions.previousPage();
    }
  };

  const rowProps = (_row: R, index?: number) => {
    const i = index ?? 0;
    return {
      tabIndex: i === active ? 0 : -1,
      'data-active': i === active ? 'true' : undefined,
      onKeyDown: (event: KeyboardEvent) => onKeyDown(event, i),
      onFocus: () => setActive(i),
      onDoubleClick: () => {
        const row = rows[i];
        if (row) actions.open(row);
      },
    };
  };

  return { container, rowProps };
}
