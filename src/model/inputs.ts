// What each write and each import section takes: its fields, their rules, the nodes they refer to. Built from the
// graph model (a node's fields are its label's properties; a relationship's are its two ends and its properties),
// read by the validator, the importer, the seed checker and, for the GraphQL input types, by src/graphql/inputs.ts.
import {
  LABELS,
  NODE_LABELS,
  LIMITS,
  OFFICE_TARGET_LABEL,
  OFFICE_TARGET_LABELS,
  OFFICE_TARGET_TYPES,
  RELATIONSHIPS,
  type Label,
  type OfficeTargetType,
  type PropertySpec,
  type RelType,
  type Rule,
} from './graph';
import { referenceField, type FieldSpecOf } from './spec';
import { REPORT_INPUTS, REPORT_NODE_SECTION, REPORT_SECTIONS, REPORT_SECTION_INPUT, type ReportInputKind } from './report-inputs';

export type FieldSpec = FieldSpecOf<Label>;

export type InputKind =
  | 'nation'
  | 'city'
  | 'organization'
  | 'official'
  | 'partnership'
  | 'membership'
  | 'hosting'
  | 'meeting'
  | 'office'
  | 'importOffice'
  | 'partnerPair'
  | 'cityOrganization'
  | 'meetingKey'
  | 'officeKey'
  | 'deletion'
  | 'sourceDocument'
  | ReportInputKind;

const limitText = (rule: Rule): string =>
  rule.kind === 'text' ? ` (at most ${rule.max} characters)` : rule.kind === 'year' ? ` (${LIMITS.firstYear} to this year)` : '';

/** A stored property as an input field, its description from the model. */
function fromProperty(p: PropertySpec, label?: Label): FieldSpec {
  const isKey = label !== undefined && LABELS[label].key === p.name;
  const description = `${p.description[0].toUpperCase()}${p.description.slice(1)}${limitText(p.rule)}.`;
  return { name: p.name, rule: p.rule, required: p.required, description, isId: isKey, ...(p.rule.kind === 'textList' && { defaultValue: [] }) };
}

const reference = (name: string, label: Label, description: string): FieldSpec => referenceField(name, label, description);

const differs = (field: FieldSpec, other: string, message: string): FieldSpec => ({ ...field, differentFrom: { field: other, message } });

const propertiesOf = (label: Label) => LABELS[label].properties.map((p) => fromProperty(p, label));
const relationshipProperties = (type: RelType) => RELATIONSHIPS[type].properties.map((p) => fromProperty(p));
const withoutSource = (fields: FieldSpec[]) => fields.filter((f) => f.name !== 'source');

const SOURCE = propertiesOf('City').find((f) => f.name === 'source')!;
const REMOVAL_SOURCE: FieldSpec = {
  ...SOURCE,
  description: `Who says so: a URL or the title of the document that ends this fact (1 to ${LIMITS.source} characters). Recorded in the audit log.`,
};
const CITY = reference('city', 'City', 'Id of the city, e.g. "seoul".');
const ORGANIZATION = reference('organization', 'Organization', 'Id of the organization, e.g. "wego".');
const OFFICIAL = reference('official', 'Official', 'Id of the official, e.g. "kyong-yul-lee".');
const CITY_A = reference('cityA', 'City', 'Id of one city, e.g. "seoul".');
const CITY_B = reference('cityB', 'City', 'Id of the other city.');
const WITH = reference('with', 'Official', 'Id of the other official.');
const TARGET_TYPE: FieldSpec = {
  name: 'targetType',
  rule: { kind: 'enum', name: 'OfficeTargetType', values: OFFICE_TARGET_TYPES },
  required: true,
  description: 'Whether the office belongs to a city, an organization or a nation.',
};
const officeTarget = (labelField: string): FieldSpec => ({
  name: 'target',
  rule: { kind: 'slug' },
  required: true,
  description: 'Id of the city or organization, or code of the nation.',
  references: { labelField },
  isId: true,
});
const officeFields = (kindField: FieldSpec): FieldSpec[] => [
  OFFICIAL,
  kindField,
  officeTarget(kindField.name),
  ...withoutSource(relationshipProperties('HOLDS_OFFICE')),
  SOURCE,
];
const ON = relationshipProperties('MET_WITH').find((f) => f.name === 'on')!;
const optionalText = (name: string, max: number, description: string): FieldSpec => ({ name, rule: { kind: 'text', max }, required: false, description });

export const INPUTS: Readonly<Record<InputKind, readonly FieldSpec[]>> = {
  nation: propertiesOf('Nation'),
  city: [
    ...withoutSource(propertiesOf('City')),
    reference('nation', 'Nation', 'ISO 3166-1 alpha-2 code of the nation it is located in; the nation must exist.'),
    SOURCE,
    optionalText(
      'nationSource',
      LIMITS.source,
      'Who says the city is in that nation, when another document than `source` does. Left out: `source` for a new location, the recorded one otherwise.',
    ),
  ],
  organization: propertiesOf('Organization'),
  official: propertiesOf('Official'),
  partnership: [CITY_A, differs(CITY_B, 'cityA', 'a city cannot be partnered with itself: cityB must differ from cityA'), ...relationshipProperties('SISTER_OF')],
  membership: [CITY, ORGANIZATION, ...relationshipProperties('MEMBER_OF')],
  hosting: [CITY, ORGANIZATION, ...relationshipProperties('HOSTS')],
  meeting: [OFFICIAL, differs(WITH, 'official', 'an official cannot meet themselves: with must differ from official'), ...relationshipProperties('MET_WITH')],
  office: officeFields(TARGET_TYPE),
  importOffice: officeFields({
    name: 'targetLabel',
    rule: { kind: 'enum', name: 'OfficeTargetLabel', values: Object.fromEntries(Object.values(OFFICE_TARGET_LABEL).map((l) => [l, `A node labelled ${l}.`])) },
    required: true,
    description: 'Whether the office belongs to a City, an Organization or a Nation.',
  }),
  partnerPair: [CITY_A, differs(CITY_B, 'cityA', 'cityB must differ from cityA'), REMOVAL_SOURCE],
  cityOrganization: [CITY, ORGANIZATION, REMOVAL_SOURCE],
  meetingKey: [OFFICIAL, differs(WITH, 'official', 'with must differ from official'), ON, REMOVAL_SOURCE],
  officeKey: [...officeFields(TARGET_TYPE).filter((f) => f.name !== 'source'), REMOVAL_SOURCE],
  deletion: [
    { name: 'id', rule: { kind: 'text', max: LIMITS.id }, required: true, description: 'Id of the city, organization or official; code of the nation.', isId: true },
    {
      name: 'detach',
      rule: { kind: 'boolean' },
      required: false,
      defaultValue: false,
      description: 'Also delete its relationships. Without it, a node that still has relationships is not deleted (CONFLICT, listing them).',
    },
    { ...REMOVAL_SOURCE, description: `Who says so: a URL or the title of the document behind the deletion (1 to ${LIMITS.source} characters). Recorded in the audit log.` },
  ],
  sourceDocument: [
    { name: 'id', rule: { kind: 'text', max: LIMITS.id }, required: true, description: 'Id of the document.', isId: true },
    { name: 'title', rule: { kind: 'text', max: LIMITS.source }, required: true, description: 'Title of the document.' },
    optionalText('publisher', LIMITS.source, 'Who published it.'),
    optionalText('published', LIMITS.name, 'When it was published.'),
    optionalText('file', LIMITS.source, 'The file it was read from.'),
    optionalText('note', LIMITS.purpose, 'What the document is and how it was used.'),
  ],
  ...REPORT_INPUTS,
};

/** The sections of the import (and seed) format, in the order they are written: nodes before relationships. */
export const IMPORT_SECTIONS = [
  'nations',
  'cities',
  'organizations',
  'officials',
  ...REPORT_SECTIONS.nodes,
  'partnerships',
  'memberships',
  'hostings',
  'meetings',
  'offices',
  ...REPORT_SECTIONS.relationships,
] as const;
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

export const SECTION_INPUT: Readonly<Record<ImportSection | 'sources', InputKind>> = {
  sources: 'sourceDocument',
  nations: 'nation',
  cities: 'city',
  organizations: 'organization',
  officials: 'official',
  partnerships: 'partnership',
  memberships: 'membership',
  hostings: 'hosting',
  meetings: 'meeting',
  offices: 'importOffice',
  ...REPORT_SECTION_INPUT,
};

/** The section holding nodes of each label. */
export const NODE_SECTION: Readonly<Record<Label, ImportSection>> = {
  City: 'cities',
  Nation: 'nations',
  Organization: 'organizations',
  Official: 'officials',
  ...REPORT_NODE_SECTION,
};

export interface Reference {
  field: string;
  label: Label;
  id: string;
}

/** The nodes a record of this kind names, read from the fields the model marks as references. */
export function referencesOf(kind: InputKind, record: Record<string, unknown>): Reference[] {
  return INPUTS[kind].flatMap((field) => {
    if (!field.references) return [];
    const label =
      typeof field.references === 'string' ? field.references : labelOfTarget(String(record[field.references.labelField]));
    return label ? [{ field: field.name, label, id: String(record[field.name]) }] : [];
  });
}

/** A target's label from a label (`City`, `Event`: the import's form) or an office target type (`CITY`: the mutations'). */
function labelOfTarget(value: string): Label | undefined {
  if (Object.hasOwn(OFFICE_TARGET_LABEL, value)) return OFFICE_TARGET_LABEL[value as OfficeTargetType];
  return NODE_LABELS.find((label) => label === value);
}
