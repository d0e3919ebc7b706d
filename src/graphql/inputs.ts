// The GraphQL input types of the mutations and of the bulk import, generated from the model's input fields
// (src/model/inputs.ts): names, GraphQL types, nullability, defaults and descriptions. They carry no validation:
// the services validate every input with the model's rules, the same for a mutation, an import and the CLI.
import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';

// What TypeGraphQL's `@Field` takes as its type: a function returning a scalar, an enum object or a list of them.
type ReturnTypeFunc = () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
import { IMPORT_SECTIONS, INPUTS, SECTION_INPUT, type FieldSpec, type InputKind } from '../model/inputs';
import { REPORT_INPUTS, type ReportInputKind } from '../model/report-inputs';
import { CityKind, OfficeTargetLabel, OfficeTargetType, OrganizationCategory, PartnerTier } from './enums';
import { REPORT_ENUMS } from './report-enums';

const ENUMS: Record<string, object> = { CityKind, OfficeTargetLabel, OfficeTargetType, OrganizationCategory, PartnerTier, ...REPORT_ENUMS };

function graphqlType(field: FieldSpec): ReturnTypeFunc {
  const { rule } = field;
  if (rule.kind === 'enum') return () => ENUMS[rule.name];
  if (field.isId) return () => ID;
  if (rule.kind === 'year' || rule.kind === 'int') return () => Int;
  if (rule.kind === 'number') return () => Float;
  if (rule.kind === 'textList') return () => [String];
  if (rule.kind === 'boolean') return () => Boolean;
  return () => String;
}

/** A TypeGraphQL input class named `name` with one field per model field of `kind`. */
function inputType(name: string, kind: InputKind, description: string): ClassType {
  const Input = { [name]: class {} }[name];
  InputType(name, { description })(Input);
  for (const field of INPUTS[kind]) {
    const options = { description: field.description, nullable: !field.required && field.defaultValue === undefined, defaultValue: field.defaultValue };
    Field(graphqlType(field), options)(Input.prototype, field.name);
  }
  return Input;
}

export const NationInput = inputType('NationInput', 'nation', 'A nation to create, or to update by its code.');
export const CityInput = inputType('CityInput', 'city', 'A city (or province, state…) to create, or to update by id; it is located in `nation`, moved there if it was elsewhere.');
export const OrganizationInput = inputType('OrganizationInput', 'organization', 'An international organization to create, or to update by id.');
export const OfficialInput = inputType('OfficialInput', 'official', 'An official to create, or to update by id.');
export const PartnershipInput = inputType('PartnershipInput', 'partnership', 'A partnership between two cities. It is symmetric: one is recorded per pair, whatever the order.');
export const MembershipInput = inputType('MembershipInput', 'membership', "A city's membership of an international organization.");
export const HostingInput = inputType('HostingInput', 'hosting', 'An office of an international organization situated in a city (one per city and organization).');
export const MeetingInput = inputType('MeetingInput', 'meeting', 'A meeting between two officials on a date. It is symmetric: one is recorded per pair and date.');
export const OfficeInput = inputType('OfficeInput', 'office', 'An office an official holds in a city, an organization or a nation (one per title).');
export const PartnerPairInput = inputType('PartnerPairInput', 'partnerPair', 'The partnership of two cities, in either order.');
export const CityOrganizationInput = inputType('CityOrganizationInput', 'cityOrganization', 'A city and an organization: a membership or a hosted office to remove.');
export const MeetingKeyInput = inputType('MeetingKeyInput', 'meetingKey', 'The meeting of two officials on a date, in either order.');
export const OfficeKeyInput = inputType('OfficeKeyInput', 'officeKey', 'An office an official holds, identified by its holder, what it belongs to and its title.');
export const DeleteInput = inputType('DeleteInput', 'deletion', 'A node to delete.');
const ImportOfficeInput = inputType('ImportOfficeInput', 'importOffice', 'An office an official holds, in the seed format (`targetLabel` rather than `targetType`).');
const SourceDocumentInput = inputType(
  'SourceDocumentInput',
  'sourceDocument',
  "A document of the seed's `sources` list. Accepted so that a seed file can be sent as it is; not stored (a record's `source` is free text).",
);

const SECTION_TYPES: Record<InputKind, ClassType | undefined> = {
  nation: NationInput,
  city: CityInput,
  organization: OrganizationInput,
  official: OfficialInput,
  partnership: PartnershipInput,
  membership: MembershipInput,
  hosting: HostingInput,
  meeting: MeetingInput,
  importOffice: ImportOfficeInput,
  sourceDocument: SourceDocumentInput,
  office: OfficeInput,
  partnerPair: PartnerPairInput,
  cityOrganization: CityOrganizationInput,
  meetingKey: MeetingKeyInput,
  officeKey: OfficeKeyInput,
  deletion: DeleteInput,
  ...(Object.fromEntries(
    (Object.keys(REPORT_INPUTS) as ReportInputKind[]).map((kind) => [
      kind,
      inputType(`${kind[0].toUpperCase()}${kind.slice(1)}Input`, kind, `A record of the import's report section that takes ${kind} records (see the seed format).`),
    ]),
  ) as Record<ReportInputKind, ClassType>),
};

@InputType({
  description:
    'A graph to merge into the stored one, in the format of seed/graph.json: every section is optional. Nodes are created or ' +
    'updated by key, relationships by their endpoints (and date or title); nothing is deleted. References may point to ' +
    'nodes of the same import or already stored.',
})
export class GraphImportInput {
  [section: string]: unknown;
}
for (const section of ['sources', ...IMPORT_SECTIONS] as const) {
  const type = SECTION_TYPES[SECTION_INPUT[section]]!;
  Field(() => [type], { nullable: true, description: `The ${section} section: records of the seed format (sources are accepted, not stored).` })(GraphImportInput.prototype, section);
}
