import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the selection below the current field asks for a field called `name` at any depth, fragments followed. Root
 * queries use it to fetch a common sub-selection in their own statement (priming the loader the sub-field would call);
 * a false positive (a directive that skips it, a same-named field elsewhere) only fetches a few rows more.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name || walk(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seenFragments.has(s.name.value)) return false;
      seenFragments.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
