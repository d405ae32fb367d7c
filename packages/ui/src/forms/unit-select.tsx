import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { useClient } from 'urql';
import { graphql } from '../graphql.ts';

/** One level of the district's unit tree. */
const UnitLevelQuery = graphql(`
  query UnitLevel($parentId: ID) {
    units(parentId: $parentId) {
      id
      name
      children {
        id
      }
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

  const load = async (parentId: string | null) => {
    const result = await client.query(UnitLevelQuery, { parentId }).toPromise();
    const level = (result.data?.units ?? []).map((u) => ({
      id: u.id,
      pId: parentId,
      value: u.id,
      title: u.name,
      isLeaf: u.children.length === 0,
    }));
    setNodes((known) => [...known.filter((n) => !level.some((l) => l.id === n.id)), ...level]);
  };

  useEffect(() => {
    void load(null);
    // The top level once; deeper levels load when opened.
  }, []);

  return (
    <TreeSelect
      id={id}
      aria-label={label}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDataSimpleMode
      treeData={nodes}
      loadData={(node) => load(String(node.value))}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next || undefined)}
      style={{ width }}
      popupMatchSelectWidth={320}
    />
  );
}
