import { useCallback, useEffect, useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import type { DocumentType } from '@cadre/ui';
import { UnitsPageLevelQuery, type UnitsPageUnitFragment } from './queries.ts';

export type UnitNode = DocumentType<typeof UnitsPageUnitFragment>;

/** The key of the top level among the loaded levels. */
export const TOP = '';

/**
 * The unit tree, read level by level as it is opened: a district has hundreds of units, and
 * each level is one small request. A write answers with the unit as it now is, which replaces
 * the one held.
 */
export function useUnitTree() {
  const client = useClient();
  const [levels, setLevels] = useState<Record<string, UnitNode[]>>({});
  const [error, setError] = useState<CombinedError | undefined>();

  const load = useCallback(
    async (parentId: string) => {
      const result = await client
        .query(
          UnitsPageLevelQuery,
          { parentId: parentId || null },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      setError(result.error);
      const units = result.data?.units;
      if (units) setLevels((held) => ({ ...held, [parentId]: units }));
    },
    [client],
  );

  useEffect(() => {
    void load(TOP);
  }, [load]);

  const replace = useCallback((unit: UnitNode) => {
    setLevels((held) =>
      Object.fromEntries(
        Object.entries(held).map(([key, list]) => [
          key,
          list.map((u) => (u.id === unit.id ? unit : u)),
        ]),
      ),
    );
  }, []);

  /** Puts a new unit under its parent (or at the top) and opens the parent's level again. */
  const added = useCallback(
    async (unit: UnitNode, parent: UnitNode | null) => {
      if (parent) replace({ ...parent, children: [...parent.children, { id: unit.id }] });
      await load(parent?.id ?? TOP);
    },
    [load, replace],
  );

  const find = useCallback(
    (id: string | null) =>
      id === null
        ? null
        : (Object.values(levels)
            .flat()
            .find((u) => u.id === id) ?? null),
    [levels],
  );

  /** The unit's parent among the loaded levels, or null at the top. */
  const parentOf = useCallback(
    (id: string) => {
      const key = Object.keys(levels).find((k) => levels[k]?.some((u) => u.id === id));
      return key ? find(key) : null;
    },
    [levels, find],
  );

  return { levels, error, load, replace, added, find, parentOf };
}
