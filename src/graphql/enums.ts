// The GraphQL enums, each built from the graph model's enumeration (values and descriptions) and registered once.
import { registerEnumType } from 'type-graphql';
import {
  CITY_KINDS,
  LABELS,
  NODE_LABELS,
  OFFICE_TARGET_TYPES,
  ORGANIZATION_CATEGORIES,
  PARTNER_TIERS,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  type CityKind as CityKindValue,
  type EnumValues,
  type Label,
  type OfficeTargetType as OfficeTargetTypeValue,
  type OrganizationCategory as OrganizationCategoryValue,
  type PartnerTier as PartnerTierValue,
  type RelType,
} from '../model/graph';
import { INPUTS } from '../model/inputs';

/** An enum object (value → value) registered with TypeGraphQL under `name`, its values described. */
function graphqlEnum<V extends string>(name: string, description: string, values: Record<V, string>, names: Record<V, string> = Object.fromEntries(Object.keys(values).map((v) => [v, v])) as Record<V, string>) {
  const object = Object.fromEntries(Object.keys(values).map((v) => [names[v as V], v])) as Record<string, V>;
  registerEnumType(object, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(values).map((v) => [names[v as V], { description: values[v as V] }])),
  });
  return object;
}

export const PartnerTier = graphqlEnum<PartnerTierValue>('PartnerTier', 'The tier of a partnership between two cities, as the Seoul Metropolitan Government classifies them.', PARTNER_TIERS);
export type PartnerTier = PartnerTierValue;

export const CityKind = graphqlEnum<CityKindValue>(
  'CityKind',
  'What kind of local government a partner is. Provinces, states and prefectures sign partnerships too ' +
    '(Shandong, New South Wales, Hokkaido), so they are cities of the graph with a kind.',
  CITY_KINDS,
);
export type CityKind = CityKindValue;

export const OrganizationCategory = graphqlEnum<OrganizationCategoryValue>(
  'OrganizationCategory',
  'The category of an international organization, as the "International organizations in Seoul" table gives it.',
  ORGANIZATION_CATEGORIES,
);
export type OrganizationCategory = OrganizationCategoryValue;

export const OfficeTargetType = graphqlEnum<OfficeTargetTypeValue>('OfficeTargetType', 'What an office belongs to.', OFFICE_TARGET_TYPES);
export type OfficeTargetType = OfficeTargetTypeValue;

const targetLabels = INPUTS.importOffice.find((f) => f.name === 'targetLabel')!.rule as { values: EnumValues };
export const OfficeTargetLabel = graphqlEnum('OfficeTargetLabel', 'What an office belongs to, as the seed format spells it (the label of the node).', targetLabels.values);

const arrow = (type: RelType) => (RELATIONSHIPS[type].directed ? '→' : '—');
export const RelationshipType = graphqlEnum<RelType>(
  'RelationshipType',
  'The kinds of relationship in the graph, for choosing which ones a path or a neighbourhood may follow (`via`). ' +
    'Traversals ignore direction; each value says in which direction the relationship is stored.',
  Object.fromEntries(
    RELATIONSHIP_TYPES.map((t) => {
      const r = RELATIONSHIPS[t];
      const ends = `${r.from.join(', ')} ${arrow(t)} ${r.to.join(', ')}`;
      return [t, `${ends}: ${r.description}.${r.directed ? '' : ' Undirected (mutual): stored once per pair.'}`];
    }),
  ) as Record<RelType, string>,
);
export type RelationshipType = RelType;

/** Values are the Cypher labels; names are upper case (CITY), as GraphQL enums usually are. */
export const NodeLabel = graphqlEnum<Label>(
  'NodeLabel',
  'What kind of node something is in the diplomacy graph; each value stands for one Cypher label.',
  Object.fromEntries(NODE_LABELS.map((l) => [l, `${LABELS[l].description[0].toUpperCase()}${LABELS[l].description.slice(1)} (label \`${l}\`).`])) as Record<Label, string>,
  Object.fromEntries(NODE_LABELS.map((l) => [l, l.toUpperCase()])) as Record<Label, string>,
);
export type NodeLabel = Label;

export { RELATIONSHIP_TYPES };
