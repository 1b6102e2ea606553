import { getNamedType, GraphQLNamedType, GraphQLResolveInfo, isInterfaceType, isObjectType, Kind, SelectionSetNode } from 'graphql';

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

/**
 * Every field selected below the current field, at any depth, as `Type.field` (`Measure.number`, `Unit.name`), fragments
 * followed with their type conditions (skip/include ignored). A field the schema does not know where it stands comes
 * back as `?.field`.
 */
export function selectedFieldCoordinates(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'schema'>): Set<string> {
  const coordinates = new Set<string>();
  const seenFragments = new Set<string>();
  const typeNamed = (name: string): GraphQLNamedType | undefined => info.schema.getType(name) ?? undefined;
  const walk = (type: GraphQLNamedType | undefined, set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const fields = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
        const field = fields?.[s.name.value];
        coordinates.add(`${field || s.name.value === '__typename' ? type?.name ?? '?' : '?'}.${s.name.value}`);
        if (s.selectionSet) walk(field ? getNamedType(field.type) : undefined, s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.typeCondition ? typeNamed(s.typeCondition.name.value) : type, s.selectionSet);
      } else if (!seenFragments.has(s.name.value)) {
        seenFragments.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) walk(typeNamed(fragment.typeCondition.name.value), fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(getNamedType(info.returnType), node.selectionSet);
  return coordinates;
}
