// Input types of the mutations and of the bulk import, validated by class-validator (before any resolver runs for a
// mutation; record by record for an import, so that every offending record is listed). Strings arrive trimmed.
// Upserts write every field: an optional field left out is cleared.
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CityKind, OfficeTargetType, OrganizationCategory, PartnerTier } from './enums';
import { IsDifferentFrom, IsNationCode, IsOfficeTarget, IsPastDate, IsPastYear, IsSlug, IsText, LIMITS } from './validation';

const SOURCE =
  `Who says so: a URL, or the title of the document that states this fact (1 to ${LIMITS.source} characters). ` +
  'Recorded as the `source` of what the write creates or changes.';
const REMOVAL_SOURCE = `Who says so: a URL or the title of the document that ends this fact (1 to ${LIMITS.source} characters). Recorded in the audit log.`;
const CITY_ID = 'Id of the city: a lowercase slug, e.g. "seoul".';

@InputType({ description: 'A nation to create, or to update by its code.' })
export class NationInput {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code in capitals, e.g. "FR".' })
  @IsNationCode()
  code!: string;

  @Field({ description: `English name (1 to ${LIMITS.name} characters).` })
  @IsText(1, LIMITS.name)
  name!: string;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'A city (or province, state…) to create, or to update by id; it is located in `nation`, moved there if it was elsewhere.' })
export class CityInput {
  @Field(() => ID, { description: `Stable id: a lowercase slug of the name (a-z, 0-9, single hyphens; at most ${LIMITS.id} characters), e.g. "ho-chi-minh".` })
  @IsSlug()
  id!: string;

  @Field({ description: `English name (1 to ${LIMITS.name} characters).` })
  @IsText(1, LIMITS.name)
  name!: string;

  @Field(() => CityKind, { description: 'What kind of local government it is.' })
  @IsEnum(CityKind, { message: `kind must be one of ${Object.values(CityKind).join(', ')}` })
  kind!: CityKind;

  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code of the nation it is located in; the nation must exist.' })
  @IsNationCode()
  nation!: string;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who says the city is in that nation, when another document than `source` does. Left out: `source` for a new location, the recorded one otherwise.',
  })
  @IsOptional()
  @IsText(1, LIMITS.source)
  nationSource?: string | null;
}

@InputType({ description: 'An international organization to create, or to update by id.' })
export class OrganizationInput {
  @Field(() => ID, { description: 'Stable id: a lowercase slug, e.g. "wego".' })
  @IsSlug()
  id!: string;

  @Field({ description: `Full name (1 to ${LIMITS.name} characters).` })
  @IsText(1, LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true, description: `Acronym, where the sources use one (at most ${LIMITS.acronym} characters).` })
  @IsOptional()
  @IsText(1, LIMITS.acronym)
  acronym?: string | null;

  @Field(() => OrganizationCategory, { nullable: true, description: 'Category, where the sources classify the organization.' })
  @IsOptional()
  @IsEnum(OrganizationCategory, { message: `category must be one of ${Object.values(OrganizationCategory).join(', ')}` })
  category?: OrganizationCategory | null;

  @Field(() => String, { nullable: true, description: `Who its members are, as the sources summarise them (at most ${LIMITS.memberSummary} characters).` })
  @IsOptional()
  @IsText(1, LIMITS.memberSummary)
  memberSummary?: string | null;

  @Field(() => String, { nullable: true, description: `What it is for, as the sources describe it (at most ${LIMITS.purpose} characters).` })
  @IsOptional()
  @IsText(1, LIMITS.purpose)
  purpose?: string | null;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'An official to create, or to update by id.' })
export class OfficialInput {
  @Field(() => ID, { description: 'Stable id: a lowercase slug, e.g. "kyong-yul-lee".' })
  @IsSlug()
  id!: string;

  @Field({ description: `Name, or a description of the post when the sources do not name the person (1 to ${LIMITS.name} characters).` })
  @IsText(1, LIMITS.name)
  name!: string;

  @Field({ description: `Main title (1 to ${LIMITS.title} characters).` })
  @IsText(1, LIMITS.title)
  title!: string;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'A partnership between two cities. It is symmetric: one is recorded per pair, whatever the order.' })
export class PartnershipInput {
  @Field(() => ID, { description: CITY_ID })
  @IsSlug()
  cityA!: string;

  @Field(() => ID, { description: 'Id of the other city (not cityA).' })
  @IsSlug()
  @IsDifferentFrom('cityA', { message: 'a city cannot be partnered with itself: cityB must differ from cityA' })
  cityB!: string;

  @Field(() => PartnerTier, { description: 'Sister or friendship city.' })
  @IsEnum(PartnerTier, { message: `tier must be one of ${Object.values(PartnerTier).join(', ')}` })
  tier!: PartnerTier;

  @Field(() => Int, { nullable: true, description: `Year the agreement was signed (${LIMITS.firstYear} to this year), when the sources state it.` })
  @IsOptional()
  @IsPastYear()
  since?: number | null;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: "A city's membership of an international organization." })
export class MembershipInput {
  @Field(() => ID, { description: CITY_ID })
  @IsSlug()
  city!: string;

  @Field(() => ID, { description: 'Id of the organization, e.g. "metropolis".' })
  @IsSlug()
  organization!: string;

  @Field(() => Int, { nullable: true, description: `Year the city joined (${LIMITS.firstYear} to this year), when the sources state it.` })
  @IsOptional()
  @IsPastYear()
  since?: number | null;

  @Field(() => String, { nullable: true, description: `The role the city holds, e.g. "Vice Chair" (at most ${LIMITS.title} characters).` })
  @IsOptional()
  @IsText(1, LIMITS.title)
  role?: string | null;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'An office of an international organization situated in a city (one per city and organization).' })
export class HostingInput {
  @Field(() => ID, { description: CITY_ID })
  @IsSlug()
  city!: string;

  @Field(() => ID, { description: 'Id of the organization, e.g. "wego".' })
  @IsSlug()
  organization!: string;

  @Field(() => String, { nullable: true, description: `Kind of office, e.g. "headquarters", "Latin America Regional Office" (at most ${LIMITS.title} characters).` })
  @IsOptional()
  @IsText(1, LIMITS.title)
  office?: string | null;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'A meeting between two officials on a date. It is symmetric: one is recorded per pair and date.' })
export class MeetingInput {
  @Field(() => ID, { description: 'Id of one official, e.g. "kyong-yul-lee".' })
  @IsSlug()
  official!: string;

  @Field(() => ID, { description: 'Id of the other official (not `official`).' })
  @IsSlug()
  @IsDifferentFrom('official', { message: 'an official cannot meet themselves: with must differ from official' })
  with!: string;

  @Field({ description: 'When: "YYYY-MM-DD", or "YYYY-MM" when the source gives only the month; a real date, not in the future.' })
  @IsPastDate()
  on!: string;

  @Field(() => [String], { defaultValue: [], description: `What was discussed, as the source reports it (at most ${LIMITS.topics} topics of ${LIMITS.topic} characters).` })
  @IsArray({ message: 'topics must be a list of strings' })
  @ArrayMaxSize(LIMITS.topics, { message: `topics must hold at most ${LIMITS.topics} items` })
  @IsText(1, LIMITS.topic, { each: true })
  topics!: string[];

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'An office an official holds in a city, an organization or a nation (one per title).' })
export class OfficeInput {
  @Field(() => ID, { description: 'Id of the official.' })
  @IsSlug()
  official!: string;

  @Field(() => OfficeTargetType, { description: 'Whether the office belongs to a city, an organization or a nation.' })
  @IsEnum(OfficeTargetType, { message: `targetType must be one of ${Object.values(OfficeTargetType).join(', ')}` })
  targetType!: OfficeTargetType;

  @Field(() => ID, { description: 'Id of the city or organization, or code of the nation.' })
  @IsOfficeTarget('targetType')
  target!: string;

  @Field({ description: `Title of the office, e.g. "Mayor" (1 to ${LIMITS.title} characters).` })
  @IsText(1, LIMITS.title)
  title!: string;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

// ---- removals and deletions -------------------------------------------------------------------------------------

@InputType({ description: 'The partnership of two cities, in either order.' })
export class PartnerPairInput {
  @Field(() => ID, { description: CITY_ID })
  @IsSlug()
  cityA!: string;

  @Field(() => ID, { description: 'Id of the other city.' })
  @IsSlug()
  @IsDifferentFrom('cityA', { message: 'cityB must differ from cityA' })
  cityB!: string;

  @Field({ description: REMOVAL_SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'A city and an organization: a membership or a hosted office to remove.' })
export class CityOrganizationInput {
  @Field(() => ID, { description: CITY_ID })
  @IsSlug()
  city!: string;

  @Field(() => ID, { description: 'Id of the organization.' })
  @IsSlug()
  organization!: string;

  @Field({ description: REMOVAL_SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'The meeting of two officials on a date, in either order.' })
export class MeetingKeyInput {
  @Field(() => ID, { description: 'Id of one official.' })
  @IsSlug()
  official!: string;

  @Field(() => ID, { description: 'Id of the other official.' })
  @IsSlug()
  @IsDifferentFrom('official', { message: 'with must differ from official' })
  with!: string;

  @Field({ description: 'The date the meeting is recorded on: "YYYY-MM-DD" or "YYYY-MM".' })
  @IsPastDate()
  on!: string;

  @Field({ description: REMOVAL_SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'An office an official holds, identified by its holder, what it belongs to and its title.' })
export class OfficeKeyInput {
  @Field(() => ID, { description: 'Id of the official.' })
  @IsSlug()
  official!: string;

  @Field(() => OfficeTargetType, { description: 'Whether the office belongs to a city, an organization or a nation.' })
  @IsEnum(OfficeTargetType, { message: `targetType must be one of ${Object.values(OfficeTargetType).join(', ')}` })
  targetType!: OfficeTargetType;

  @Field(() => ID, { description: 'Id of the city or organization, or code of the nation.' })
  @IsOfficeTarget('targetType')
  target!: string;

  @Field({ description: 'Title of the office.' })
  @IsText(1, LIMITS.title)
  title!: string;

  @Field({ description: REMOVAL_SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: 'A node to delete.' })
export class DeleteInput {
  @Field(() => ID, { description: 'Id of the city, organization or official; code of the nation.' })
  @IsText(1, LIMITS.id)
  id!: string;

  @Field({
    defaultValue: false,
    description: 'Also delete its relationships. Without it, a node that still has relationships is not deleted (CONFLICT, listing them).',
  })
  @IsBoolean()
  detach!: boolean;

  @Field({ description: `Who says so: a URL or the title of the document behind the deletion (1 to ${LIMITS.source} characters). Recorded in the audit log.` })
  @IsText(1, LIMITS.source)
  source!: string;
}

// ---- the bulk import: the seed format (seed/graph.json) ----------------------------------------------------------

export enum OfficeTargetLabel {
  City = 'City',
  Organization = 'Organization',
  Nation = 'Nation',
}
registerEnumType(OfficeTargetLabel, {
  name: 'OfficeTargetLabel',
  description: 'What an office belongs to, as the seed format spells it (the label of the node).',
  valuesConfig: {
    City: { description: 'A city government.' },
    Organization: { description: 'An international organization.' },
    Nation: { description: 'A nation.' },
  },
});

@InputType({ description: 'An office an official holds, in the seed format (`targetLabel` rather than `targetType`).' })
export class ImportOfficeInput {
  @Field(() => ID, { description: 'Id of the official.' })
  @IsSlug()
  official!: string;

  @Field(() => OfficeTargetLabel, { description: 'Whether the office belongs to a City, an Organization or a Nation.' })
  @IsEnum(OfficeTargetLabel, { message: 'targetLabel must be City, Organization or Nation' })
  targetLabel!: OfficeTargetLabel;

  @Field(() => ID, { description: 'Id of the city or organization, or code of the nation.' })
  @IsOfficeTarget('targetLabel')
  target!: string;

  @Field({ description: `Title of the office (1 to ${LIMITS.title} characters).` })
  @IsText(1, LIMITS.title)
  title!: string;

  @Field({ description: SOURCE })
  @IsText(1, LIMITS.source)
  source!: string;
}

@InputType({ description: "A document of the seed's `sources` list. Accepted so that a seed file can be sent as it is; not stored (a record's `source` is free text)." })
export class SourceDocumentInput {
  @Field(() => ID, { description: 'Id of the document.' })
  @IsText(1, LIMITS.id)
  id!: string;

  @Field({ description: 'Title of the document.' })
  @IsText(1, LIMITS.source)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @IsText(1, LIMITS.source)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was published.' })
  @IsOptional()
  @IsText(1, LIMITS.name)
  published?: string | null;

  @Field(() => String, { nullable: true, description: 'The file it was read from.' })
  @IsOptional()
  @IsText(1, LIMITS.source)
  file?: string | null;

  @Field(() => String, { nullable: true, description: 'What the document is and how it was used.' })
  @IsOptional()
  @IsText(1, LIMITS.purpose)
  note?: string | null;
}

@InputType({
  description:
    'A graph to merge into the stored one, in the format of seed/graph.json: every section is optional. Nodes are created or ' +
    'updated by key, relationships by their endpoints (and date or title); nothing is deleted. References may point to ' +
    'nodes of the same import or already stored.',
})
export class GraphImportInput {
  @Field(() => [SourceDocumentInput], { nullable: true, description: 'Source documents (accepted, not stored).' })
  sources?: SourceDocumentInput[] | null;

  @Field(() => [NationInput], { nullable: true, description: 'Nations, by code.' })
  nations?: NationInput[] | null;

  @Field(() => [CityInput], { nullable: true, description: 'Cities, by id.' })
  cities?: CityInput[] | null;

  @Field(() => [OrganizationInput], { nullable: true, description: 'Organizations, by id.' })
  organizations?: OrganizationInput[] | null;

  @Field(() => [OfficialInput], { nullable: true, description: 'Officials, by id.' })
  officials?: OfficialInput[] | null;

  @Field(() => [PartnershipInput], { nullable: true, description: 'Partnerships, by pair of cities (in either order).' })
  partnerships?: PartnershipInput[] | null;

  @Field(() => [MembershipInput], { nullable: true, description: 'Memberships, by city and organization.' })
  memberships?: MembershipInput[] | null;

  @Field(() => [HostingInput], { nullable: true, description: 'Hosted offices, by city and organization.' })
  hostings?: HostingInput[] | null;

  @Field(() => [MeetingInput], { nullable: true, description: 'Meetings, by pair of officials (in either order) and date.' })
  meetings?: MeetingInput[] | null;

  @Field(() => [ImportOfficeInput], { nullable: true, description: 'Offices, by official, target and title.' })
  offices?: ImportOfficeInput[] | null;
}
