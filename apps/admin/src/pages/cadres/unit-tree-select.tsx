import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { useClient } from 'urql';
import { UnitLevelQuery } from './registry-query.ts';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/** Picks a unit of the district, loading the tree one level at a time. */
export function UnitTreeSelect({
  value,
  onChange,
  placeholder,
}: {
  value: string | undefined;
  onChange: (unitId: string | undefined) => void;
  placeholder: string;
}) {
  const client = useClient();
  const [nodes, setNodes] = useState<Node[]>([]);

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
    // The top level once; deeper levels when opened (`load` is the same work each time).
  }, []);

  return (
    <TreeSelect
      aria-label={placeholder}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDataSimpleMode
      treeData={nodes}
      loadData={(node) => load(String(node.value))}
      value={value}
      onChange={(v: string | undefined) => onChange(v || undefined)}
      style={{ width: 220 }}
      popupMatchSelectWidth={320}
    />
  );
}
