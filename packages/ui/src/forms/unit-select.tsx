import { type ReactNode, useEffect, useRef, useState } from 'react';
import { TreeSelect } from 'antd';
import { useClient } from 'urql';
import { type DocumentType, graphql } from '../graphql.ts';

/** What the tree shows of a unit; `children` only says whether it has any. */
export const UnitPickerNodeFragment = graphql(`
  fragment UnitPickerNode on Unit {
    id
    name
    children {
      id
    }
  }
`);

/** One level of the district's unit tree: the top units, or those under `parentId`. */
const UnitLevelQuery = graphql(`
  query UnitLevel($parentId: ID) {
    units(parentId: $parentId) {
      ...UnitPickerNode
    }
  }
`);

/**
 * The top level and the unit given as the value, in one request: a unit below the top level (a
 * filter read from the address) is not in the tree until its level is opened.
 */
const UnitTopAndValueQuery = graphql(`
  query UnitTopAndValue($unitId: ID!) {
    units {
      ...UnitPickerNode
    }
    unit(id: $unitId) {
      id
      name
    }
  }
`);

interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/**
 * Picks a unit of the viewer's district; the tree opens level by level, so a city of thousands of
 * units loads what is looked at. Works inside a `Form.Item` (`id`, `value`, `onChange`) and alone.
 */
export function UnitSelect({
  id,
  value,
  onChange,
  placeholder,
  label,
  width = 240,
}: {
  id?: string;
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  placeholder: string;
  /** Its name where no form label names it (a filter bar). */
  label?: string;
  width?: number | string;
}) {
  const client = useClient();
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  // Names of values not in the tree when they were given; a unit out of reach keeps its id.
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const topLoaded = useRef(false);

  const addLevel = (
    parentId: string | null,
    units: readonly DocumentType<typeof UnitPickerNodeFragment>[] = [],
  ) => {
    const level = units.map((u) => ({
      id: u.id,
      pId: parentId,
      value: u.id,
      title: u.name,
      isLeaf: u.children.length === 0,
    }));
    setNodes((known) => [...known.filter((n) => !level.some((l) => l.id === n.id)), ...level]);
  };

  const loadLevel = async (parentId: string | null) => {
    const result = await client.query(UnitLevelQuery, { parentId }).toPromise();
    addLevel(parentId, result.data?.units);
  };

  const loadTopAndValue = async (unitId: string) => {
    const result = await client.query(UnitTopAndValueQuery, { unitId }).toPromise();
    addLevel(null, result.data?.units);
    setNames((known) => new Map(known).set(unitId, result.data?.unit?.name ?? unitId));
  };

  useEffect(() => {
    // The top level once, deeper levels when opened; a value of no loaded level with the top.
    const unnamed =
      value && !nodes.some((n) => n.id === value) && !names.has(value) ? value : undefined;
    if (topLoaded.current && !unnamed) return;
    topLoaded.current = true;
    void (unnamed ? loadTopAndValue(unnamed) : loadLevel(null));
  }, [value]);

  return (
    <TreeSelect
      id={id}
      aria-label={label}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDataSimpleMode
      treeData={nodes}
      loadData={(node) => loadLevel(String(node.value))}
      // A value in the tree shows its node's title; one not (yet) in it the name looked up.
      labelInValue
      value={value ? { value, label: names.get(value) ?? '' } : undefined}
      onChange={(next?: { value: string; label: ReactNode }) =>
        onChange?.(next?.value || undefined)
      }
      style={{ width }}
      popupMatchSelectWidth={320}
    />
  );
}
