import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Keyboard use of a table's rows: one row is in the tab order at a time (a roving tabindex);
 * ↑/↓, Home/End move it, Enter opens the row, PageUp/PageDown turn the page.
 */
export function useRowKeys<R extends { id: string }>(
  rows: R[],
  /** `nextPage`/`previousPage` answer whether they turned the page (not past either end). */
  actions: { open: (row: R) => void; nextPage: () => boolean; previousPage: () => boolean },
) {
  const [active, setActive] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  // A page turned from the keyboard: focus its first row once rows other than the old page's are here.
  // The old rows may be rendered again meanwhile (a re-render, a cache answer), so the first row's
  // key, not the change of the list, tells that the new page has come.
  const focusAfterTurn = useRef<{ from: string | undefined } | null>(null);

  const focusRow = useCallback((index: number) => {
    const row = container.current?.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')[index];
    row?.focus();
  }, []);

  // A new page: its first row is the one in the tab order; the focus stays in the table if it was.
  useEffect(() => {
    const turned = focusAfterTurn.current;
    if (turned && (rows.length === 0 || rows[0]?.id === turned.from)) return;
    setActive(0);
    if (turned) {
      focusAfterTurn.current = null;
      focusRow(0);
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
      case 'PageUp':
        event.preventDefault();
        if (event.key === 'PageDown' ? actions.nextPage() : actions.previousPage())
          focusAfterTurn.current = { from: rows[0]?.id };
        return;
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
