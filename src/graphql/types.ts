// The object types of the schema. Each field's description is what analysts read in GraphiQL's docs panel.
// Relationship fields (a city's partners, an organization's members, …) are resolved by the resolvers,
// through per-request DataLoaders; the classes only carry the node's own properties.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CityKind, OfficeTargetType, OrganizationCategory, PartnerTier } from './enums';
import { GraphNode } from './graph-node';
import { Node } from './node';

const SOURCE_DESCRIPTION =
  'The document this fact comes from: the id of a seed document (see the `sources` query) or the reference an editor gave.';
const UPDATED_AT_DEPRECATION = 'Use modifiedAt, the same instant as a DateTime; updatedAt stays an ISO 8601 String.';
const UPDATED_AT_DESCRIPTION =
  'When this was last written through the API or an import (ISO 8601, UTC), or null when it comes unchanged from the seed.';

@ObjectType({ description: 'A document the graph was curated from.' })
export class SourceDocument {
  @Field(() => ID, { description: 'Stable id, the value of every `source` field that cites this document.' })
  id!: string;

  @Field({ description: 'Title of the document.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was published or is dated "as of" (ISO date, month precision where that is all it gives).' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'What the document is and how it was used.' })
  note!: string | null;
}

@ObjectType({ description: 'A sovereign nation (or territory) in which cities are located.', implements: [Node, GraphNode] })
export class Nation {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "KR".' })
  code!: string;

  @Field({ description: 'English name of the nation.' })
  name!: string;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'A city or other local government (province, state, prefecture…) in the diplomacy network.', implements: [Node, GraphNode] })
export class City {
  @Field(() => ID, { description: 'Stable id: a lowercase slug of the name, e.g. "seoul", "ho-chi-minh".' })
  id!: string;

  @Field({ description: 'English name, as the sources spell it.' })
  name!: string;

  @Field(() => CityKind, { description: 'What kind of local government this is.' })
  kind!: CityKind;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;

  /** Code of the nation the city is located in (resolved to `nation` by a loader). */
  nationCode?: string | null;
}

@ObjectType({ description: 'A partnership between two cities, seen from one of them. Partnerships are symmetric.' })
export class Partnership {
  @Field(() => PartnerTier, { description: 'Sister or friendship city.' })
  tier!: PartnerTier;

  @Field(() => Int, { nullable: true, description: 'Year the agreement was signed, when the sources state it.' })
  since!: number | null;

  @Field(() => City, { description: 'The partner city (the other end of the partnership).' })
  city!: City;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'An international organization: an association of cities, an intergovernmental body or an NGO.', implements: [Node, GraphNode] })
export class Organization {
  @Field(() => ID, { description: 'Stable id: a lowercase slug, e.g. "wego", "iclei".' })
  id!: string;

  @Field({ description: 'Full name, as the sources spell it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, only where the sources use one (e.g. "WeGO", "ICLEI").' })
  acronym!: string | null;

  @Field(() => OrganizationCategory, { nullable: true, description: 'Category, where the sources classify the organization.' })
  category!: OrganizationCategory | null;

  @Field(() => String, { nullable: true, description: 'Who its members are, as the sources summarise them (e.g. "171 cities and groups").' })
  memberSummary!: string | null;

  @Field(() => String, { nullable: true, description: 'What the organization is for, as the sources describe it.' })
  purpose!: string | null;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: "A city's membership of an international organization." })
export class Membership {
  cityId!: string;
  organizationId!: string;

  @Field(() => Int, { nullable: true, description: 'Year the city joined, when the sources state it.' })
  since!: number | null;

  @Field(() => String, { nullable: true, description: 'The role the city holds, e.g. "Vice Chair", "founder", "member of the executive committee".' })
  role!: string | null;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'An office of an international organization situated in a city.' })
export class Hosting {
  cityId!: string;
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Kind of office, e.g. "headquarters", "East Asia secretariat", "Latin America Regional Office".' })
  office!: string | null;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'A person acting in an official capacity: a mayor, a secretary general, an ambassador.', implements: [Node, GraphNode] })
export class Official {
  @Field(() => ID, { description: 'Stable id, a lowercase slug, e.g. "kyong-yul-lee".' })
  id!: string;

  @Field({ description: 'Name; for officials the sources do not name, a description of the post (e.g. "Ambassador of Canada to the Republic of Korea").' })
  name!: string;

  @Field({ description: 'Main title, as the sources give it.' })
  title!: string;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'An office an official holds in a city, an organization or a nation.' })
export class Office {
  officialId!: string;
  targetId!: string;

  @Field({ description: 'Title of the office, e.g. "Mayor", "President", "Secretary General".' })
  title!: string;

  @Field(() => OfficeTargetType, { description: 'Whether the office belongs to a city, an organization or a nation.' })
  targetType!: OfficeTargetType;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'A meeting between two officials, seen from one of them.' })
export class Meeting {
  otherId!: string;

  @Field({ description: 'When it took place: "YYYY-MM-DD", or "YYYY-MM" where the source gives only the month.' })
  on!: string;

  @Field(() => [String], { description: 'What was discussed, as the source reports it.' })
  topics!: string[];

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'A partner city and the organizations it shares with the city asked about.' })
export class SharedOrganizations {
  @Field(() => City, { description: 'The partner city.' })
  partner!: City;

  @Field(() => [Organization], { description: 'Organizations both cities are members of, by name.' })
  organizations!: Organization[];

  @Field(() => Int, { description: 'How many organizations they share (the length of `organizations`).' })
  sharedCount!: number;
}

@ObjectType({ description: 'An official holding an office in a city, an organization or a nation.' })
export class OfficeHolding {
  officialId!: string;

  @Field({ description: 'Title of the office, e.g. "Mayor".' })
  title!: string;

  @Field({ description: SOURCE_DESCRIPTION })
  source!: string;

  @Field(() => String, { nullable: true, description: UPDATED_AT_DESCRIPTION, deprecationReason: UPDATED_AT_DEPRECATION })
  updatedAt?: string | null;
}

@ObjectType({ description: 'What a deletion removed.' })
export class Deletion {
  @Field({ description: 'The label of the deleted node: City, Nation, Organization or Official.' })
  type!: string;

  @Field(() => ID, { description: 'Id (for a nation, code) of the deleted node.' })
  id!: string;

  @Field(() => Int, { description: 'How many relationships were deleted with it (for a city, including its LOCATED_IN).' })
  relationshipsRemoved!: number;
}

@ObjectType({ description: 'What an import does (or, in a dry run, would do) to the records of one section.' })
export class ImportCounts {
  @Field(() => Int, { description: 'Records that are new to the graph.' })
  created!: number;

  @Field(() => Int, { description: 'Records already in the graph with other values, overwritten.' })
  updated!: number;

  @Field(() => Int, { description: 'Records already in the graph with the same values, left alone.' })
  unchanged!: number;
}

@ObjectType({ description: 'A record an import cannot take, and why.' })
export class ImportProblem {
  @Field({ description: 'The section of the record, e.g. "cities" ("input" for the document as a whole).' })
  section!: string;

  @Field(() => Int, { nullable: true, description: 'The position of the record in its section, from 0; null for a problem of the whole section.' })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The field at fault, when one is.' })
  field!: string | null;

  @Field({ description: 'What is wrong.' })
  message!: string;
}

@ObjectType({ description: 'The result of importGraph: per section, how many records are created, updated or unchanged.' })
export class ImportReport {
  @Field({ description: 'Whether this was a dry run (nothing written).' })
  dryRun!: boolean;

  @Field({ description: 'Whether the graph was written: true for an import that succeeded, false for a dry run.' })
  applied!: boolean;

  @Field(() => Int, { description: 'How many records the import holds, all sections together (sources excepted).' })
  records!: number;

  @Field(() => ImportCounts, { description: 'Nations.' })
  nations!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Cities.' })
  cities!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Organizations.' })
  organizations!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Officials.' })
  officials!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Partnerships.' })
  partnerships!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Memberships.' })
  memberships!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Hosted offices.' })
  hostings!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Meetings.' })
  meetings!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Offices.' })
  offices!: ImportCounts;

  @Field(() => [ImportProblem], { description: 'In a dry run, the problems found (the first 100); an import with problems fails instead, listing them.' })
  problems!: ImportProblem[];

  @Field(() => Int, { description: 'How many problems were found in all.' })
  problemCount!: number;
}
