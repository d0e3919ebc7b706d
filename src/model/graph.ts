// The graph model as data: the single definition of what the graph holds. Node labels with their key and
// properties, relationship types with their endpoints, properties and direction, and the enumerations. The GraphQL
// enums, the import sections, the validation rules, the export attributes, the analytics projection and the Cypher
// lint schema of the tests are all read from here, so no two layers can disagree about the graph. The report's own
// labels and types (policy exports, rankings, events, stated figures) are declared in report.ts and merged here.
import {
  CITY_LOCATION,
  NATION_CONTINENT,
  ORGANIZATION_MEMBERS,
  REPORT_LABEL_SPECS,
  REPORT_LABELS,
  REPORT_RELATIONSHIP_SPECS,
  REPORT_RELATIONSHIP_TYPES,
} from './report';
import type { EnumValues, LabelSpecOf, PropertySpec, RelationshipSpecOf } from './spec';

/** The node labels, in the order exports, errors and per-label parameters list them. */
export const NODE_LABELS = ['City', 'Nation', 'Organization', 'Official', ...REPORT_LABELS] as const;
export type Label = (typeof NODE_LABELS)[number];

/** The relationship types, in declaration order. */
export const RELATIONSHIP_TYPES = ['SISTER_OF', 'LOCATED_IN', 'MEMBER_OF', 'HOSTS', 'MET_WITH', 'HOLDS_OFFICE', ...REPORT_RELATIONSHIP_TYPES] as const;
export type RelType = (typeof RELATIONSHIP_TYPES)[number];

export const PARTNER_TIERS = {
  SISTER: 'A sister-city relationship: the closest, most formal tier of twinning.',
  FRIENDSHIP: 'A friendship-city relationship: a lighter agreement of cooperation and exchange.',
} as const satisfies EnumValues;
export type PartnerTier = keyof typeof PARTNER_TIERS;

export const CITY_KINDS = {
  CITY: 'A city or municipality (including capital and directly governed cities).',
  PROVINCE: 'A province, such as Shandong or Sichuan.',
  STATE: 'A federated state, such as New South Wales.',
  PREFECTURE: 'A prefecture, such as Hokkaido.',
  REGION: 'A region or special administrative region, such as Hong Kong.',
  DISTRICT: 'A district, such as the administrative regions of the Federal District of Brazil.',
} as const satisfies EnumValues;
export type CityKind = keyof typeof CITY_KINDS;

export const ORGANIZATION_CATEGORIES = {
  INTERGOVERNMENTAL: 'An organization of states, such as a United Nations agency or the OECD.',
  QUASI_GOVERNMENTAL: 'An organization of cities and local governments, such as WeGO or CITYNET.',
  INTERNATIONAL_NGO: 'An international non-governmental organization, such as the WWF.',
} as const satisfies EnumValues;
export type OrganizationCategory = keyof typeof ORGANIZATION_CATEGORIES;

/** What an office belongs to, as the mutations name it; each value stands for one target label. */
export const OFFICE_TARGET_TYPES = {
  CITY: 'A city government, e.g. the Mayor of Seoul.',
  ORGANIZATION: 'An international organization, e.g. the Secretary General of WeGO.',
  NATION: 'A nation, e.g. its ambassador to the Republic of Korea.',
} as const satisfies EnumValues;
export type OfficeTargetType = keyof typeof OFFICE_TARGET_TYPES;
export type OfficeTargetLabel = 'City' | 'Organization' | 'Nation';
export const OFFICE_TARGET_LABEL: Readonly<Record<OfficeTargetType, OfficeTargetLabel>> = { CITY: 'City', ORGANIZATION: 'Organization', NATION: 'Nation' };
export const OFFICE_TARGET_LABELS = Object.values(OFFICE_TARGET_LABEL);
export const officeTargetTypeOf = (label: OfficeTargetLabel): OfficeTargetType =>
  (Object.keys(OFFICE_TARGET_LABEL) as OfficeTargetType[]).find((type) => OFFICE_TARGET_LABEL[type] === label)!;

/** Limits of written values. */
export const LIMITS = {
  id: 100,
  name: 200,
  title: 200,
  source: 500,
  acronym: 30,
  memberSummary: 1000,
  purpose: 2000,
  topic: 300,
  topics: 20,
  /** The earliest year a partnership or membership may have started, or a meeting taken place. */
  firstYear: 1800,
} as const;

export type { EnumValues, PropertySpec, Rule, ValueType } from './spec';
export type LabelSpec = LabelSpecOf<Label>;
export type RelationshipSpec = RelationshipSpecOf<Label, RelType>;

const text = (name: string, max: number, description: string, required = true): PropertySpec => ({
  name,
  type: 'string',
  required,
  rule: { kind: 'text', max },
  description,
});

const SOURCE = text('source', LIMITS.source, 'the document this fact comes from (the id of a seed document, see the `sources` query, or the reference an editor gave)');
const slugKey: PropertySpec = { name: 'id', type: 'string', required: true, rule: { kind: 'slug' }, description: 'stable id, a lowercase slug' };
const since = (what: string): PropertySpec => ({ name: 'since', type: 'int', required: false, rule: { kind: 'year' }, description: `year ${what}, where the sources state it` });

export const LABELS: Readonly<Record<Label, LabelSpec>> = {
  City: {
    label: 'City',
    key: 'id',
    description: 'a city or other local government (province, state, prefecture…)',
    properties: [
      slugKey,
      text('name', LIMITS.name, 'English name, as the sources spell it'),
      { name: 'kind', type: 'string', required: true, rule: { kind: 'enum', name: 'CityKind', values: CITY_KINDS }, description: `what kind of local government: ${Object.keys(CITY_KINDS).join(', ')}` },
      ...CITY_LOCATION,
      SOURCE,
    ],
  },
  Nation: {
    label: 'Nation',
    key: 'code',
    description: 'a sovereign nation (or territory), identified by its ISO 3166-1 alpha-2 code',
    properties: [
      { name: 'code', type: 'string', required: true, rule: { kind: 'nationCode' }, description: 'ISO 3166-1 alpha-2 code' },
      text('name', LIMITS.name, 'English name'),
      ...NATION_CONTINENT,
      SOURCE,
    ],
  },
  Organization: {
    label: 'Organization',
    key: 'id',
    description: 'an international organization',
    properties: [
      slugKey,
      text('name', LIMITS.name, 'full name'),
      text('acronym', LIMITS.acronym, 'acronym, where the sources use one', false),
      {
        name: 'category',
        type: 'string',
        required: false,
        rule: { kind: 'enum', name: 'OrganizationCategory', values: ORGANIZATION_CATEGORIES },
        description: `category: ${Object.keys(ORGANIZATION_CATEGORIES).join(', ')}`,
      },
      text('memberSummary', LIMITS.memberSummary, 'who its members are, as the sources summarise them', false),
      text('purpose', LIMITS.purpose, 'what it is for', false),
      ...ORGANIZATION_MEMBERS,
      SOURCE,
    ],
  },
  Official: {
    label: 'Official',
    key: 'id',
    description: 'a person acting in an official capacity',
    properties: [slugKey, text('name', LIMITS.name, 'name, or the post where the sources name no person'), text('title', LIMITS.title, 'main title'), SOURCE],
  },
  ...REPORT_LABEL_SPECS,
};

export const RELATIONSHIPS: Readonly<Record<RelType, RelationshipSpec>> = {
  SISTER_OF: {
    type: 'SISTER_OF',
    from: ['City'],
    to: ['City'],
    directed: false,
    description: 'a sister- or friendship-city partnership (`tier`, `since`)',
    properties: [
      { name: 'tier', type: 'string', required: true, rule: { kind: 'enum', name: 'PartnerTier', values: PARTNER_TIERS }, description: 'SISTER or FRIENDSHIP' },
      since('the agreement was signed'),
      SOURCE,
    ],
  },
  LOCATED_IN: { type: 'LOCATED_IN', from: ['City'], to: ['Nation'], directed: true, description: 'the nation a city is located in', properties: [SOURCE] },
  MEMBER_OF: {
    type: 'MEMBER_OF',
    from: ['City'],
    to: ['Organization'],
    directed: true,
    description: 'a city is a member of an international organization (`since`, `role`)',
    properties: [since('the city joined'), text('role', LIMITS.title, 'the role the city holds, e.g. "Vice Chair"', false), SOURCE],
  },
  HOSTS: {
    type: 'HOSTS',
    from: ['City'],
    to: ['Organization'],
    directed: true,
    description: 'an office of the organization is situated in the city (`office`)',
    properties: [text('office', LIMITS.title, 'kind of office, e.g. "headquarters"', false), SOURCE],
  },
  MET_WITH: {
    type: 'MET_WITH',
    from: ['Official'],
    to: ['Official'],
    directed: false,
    description: 'two officials met (`on`, `topics`)',
    properties: [
      { name: 'on', type: 'string', required: true, rule: { kind: 'date' }, description: 'date, YYYY-MM-DD or YYYY-MM' },
      { name: 'topics', type: 'stringList', required: false, rule: { kind: 'textList', maxItems: LIMITS.topics, max: LIMITS.topic }, description: 'topics discussed' },
      SOURCE,
    ],
  },
  HOLDS_OFFICE: {
    type: 'HOLDS_OFFICE',
    from: ['Official'],
    to: ['City', 'Organization', 'Nation'],
    directed: true,
    description: 'an official holds an office there (`title`)',
    properties: [text('title', LIMITS.title, 'title of the office'), SOURCE],
  },
  ...REPORT_RELATIONSHIP_SPECS,
};

/** Set by every write through the API or an import; absent on seeded data. Not an input: the services stamp it. */
export const UPDATED_AT: PropertySpec = {
  name: 'updatedAt',
  type: 'string',
  required: false,
  rule: { kind: 'text', max: 40 },
  description: 'when it was last written through the API or an import (ISO 8601); empty for seeded data',
};

/** The one rule for direction: read by the API, every export format and the metrics. */
export function isDirected(type: RelType): boolean {
  return RELATIONSHIPS[type].directed;
}

export const UNDIRECTED_TYPES: ReadonlySet<RelType> = new Set(RELATIONSHIP_TYPES.filter((t) => !isDirected(t)));

/** The key property of each label (a nation's `code`, otherwise `id`). */
export const KEY_PROPERTY: Readonly<Record<Label, string>> = Object.fromEntries(NODE_LABELS.map((l) => [l, LABELS[l].key])) as Record<Label, string>;

/** Every stored property name of the graph, nodes and relationships, `updatedAt` included. */
export const PROPERTY_NAMES: readonly string[] = [
  ...new Set([...NODE_LABELS.flatMap((l) => LABELS[l].properties), ...RELATIONSHIP_TYPES.flatMap((t) => RELATIONSHIPS[t].properties), UPDATED_AT].map((p) => p.name)),
];

/** Which node labels and relationship types a projection or export includes. */
export interface GraphFilter {
  labels: readonly Label[];
  types: readonly RelType[];
}

export const FULL_GRAPH: GraphFilter = { labels: NODE_LABELS, types: RELATIONSHIP_TYPES };

/** The selected types without duplicates, in the canonical order; all types when none are given. */
export function canonicalTypes(types?: readonly RelType[] | null): RelType[] {
  if (!types) return [...RELATIONSHIP_TYPES];
  const wanted = new Set(types);
  return RELATIONSHIP_TYPES.filter((t) => wanted.has(t));
}
