import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** Field names selected in a selection set, through fragments; aliases do not matter here. */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

/** What a connection query asks of each node (`edges { node { … } }`), to fetch it in one go. */
export function connectionNodeFields(info: GraphQLResolveInfo): Set<string> {
  const edges = info.fieldNodes
    .flatMap((f) => fieldsOf(f.selectionSet, info))
    .filter((f) => f.name.value === 'edges');
  const nodes = edges
    .flatMap((e) => fieldsOf(e.selectionSet, info))
    .filter((f) => f.name.value === 'node');
  return new Set(nodes.flatMap((n) => fieldsOf(n.selectionSet, info)).map((f) => f.name.value));
}
