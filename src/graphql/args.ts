// Query arguments, validated by class-validator before any resolver runs (invalid → BAD_USER_INPUT).
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { CityKind, OrganizationCategory, PartnerTier } from './enums';
import { PageArgs } from './pagination';
import { SORT, WHERE } from './query-inputs';
import { Continent } from './report-enums';

/** The most partners `partnersSharingOrganizations(limit:)` may ask for. */
export const MAX_SHARING_PARTNERS = 1000;

const NAME_FILTER = 'Only items whose name contains this text (case-insensitive).';
const WHERE_DESCRIPTION = 'Which items to return: conditions on their fields and relationships, combined with AND, OR and NOT.';
const SORT_DESCRIPTION = 'The order: a list of fields, the first counting most (by name when omitted); ties are broken by id.';
const deprecated = (replacement: string) => ({ deprecationReason: `Use where: ${replacement}; this argument keeps working.` });

@ArgsType()
export class CitiesArgs extends PageArgs {
  @Field(() => WHERE.City, { nullable: true, description: WHERE_DESCRIPTION })
  where?: object | null;

  @Field(() => [SORT.City], { nullable: true, description: SORT_DESCRIPTION })
  sort?: object[] | null;

  @Field(() => ID, { nullable: true, description: 'Only cities located in this nation (ISO 3166-1 alpha-2 code, e.g. "FR").', ...deprecated('{ nation: { some: { code: { eq: "FR" } } } }') })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'nation must be an ISO 3166-1 alpha-2 code such as "FR"' })
  nation?: string | null;

  @Field(() => Continent, { nullable: true, description: "Only cities whose nation is on this continent (countries-list's assignment).", ...deprecated('{ nation: { some: { continent: { eq: AFRICA } } } }') })
  continent?: Continent | null;

  @Field(() => CityKind, { nullable: true, description: 'Only cities of this kind.', ...deprecated('{ kind: { eq: PROVINCE } }') })
  kind?: CityKind | null;

  @Field(() => PartnerTier, {
    nullable: true,
    description: 'Only cities with a partnership of this tier (with `partnerOf`, a partnership with that city).',
    ...deprecated('{ partnersConnection: { some: { edge: { tier: { eq: SISTER } } } } }'),
  })
  tier?: PartnerTier | null;

  @Field(() => ID, { nullable: true, description: 'Only partners of this city (e.g. "seoul").', ...deprecated('{ partners: { some: { id: { eq: "seoul" } } } }') })
  partnerOf?: string | null;

  @Field(() => String, { nullable: true, description: NAME_FILTER, ...deprecated('{ name: { containsInsensitive: "…" } }') })
  @IsOptional()
  @Length(1, 100, { message: 'nameContains must be 1 to 100 characters long' })
  nameContains?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => WHERE.Organization, { nullable: true, description: WHERE_DESCRIPTION })
  where?: object | null;

  @Field(() => [SORT.Organization], { nullable: true, description: SORT_DESCRIPTION })
  sort?: object[] | null;

  @Field(() => OrganizationCategory, { nullable: true, description: 'Only organizations of this category.', ...deprecated('{ category: { eq: QUASI_GOVERNMENTAL } }') })
  category?: OrganizationCategory | null;

  @Field(() => ID, { nullable: true, description: 'Only organizations this city is a member of.', ...deprecated('{ members: { some: { id: { eq: "seoul" } } } }') })
  memberCity?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only organizations whose name or acronym contains this text (case-insensitive).',
    ...deprecated('{ OR: [{ name: { containsInsensitive: "…" } }, { acronym: { containsInsensitive: "…" } }] }'),
  })
  @IsOptional()
  @Length(1, 100, { message: 'nameContains must be 1 to 100 characters long' })
  nameContains?: string | null;
}

@ArgsType()
export class NameFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: NAME_FILTER, ...deprecated('{ name: { containsInsensitive: "…" } }') })
  @IsOptional()
  @Length(1, 100, { message: 'nameContains must be 1 to 100 characters long' })
  nameContains?: string | null;
}

@ArgsType()
export class NationsArgs extends NameFilterArgs {
  @Field(() => Continent, { nullable: true, description: "Only nations on this continent (countries-list's assignment).", ...deprecated('{ continent: { eq: AFRICA } }') })
  continent?: Continent | null;

  @Field(() => WHERE.Nation, { nullable: true, description: WHERE_DESCRIPTION })
  where?: object | null;

  @Field(() => [SORT.Nation], { nullable: true, description: SORT_DESCRIPTION })
  sort?: object[] | null;
}

@ArgsType()
export class OfficialsArgs extends NameFilterArgs {
  @Field(() => WHERE.Official, { nullable: true, description: WHERE_DESCRIPTION })
  where?: object | null;

  @Field(() => [SORT.Official], { nullable: true, description: SORT_DESCRIPTION })
  sort?: object[] | null;
}

@ArgsType()
export class PartnersSharingArgs {
  @Field(() => ID, { description: 'The city whose partners to examine, e.g. "seoul".' })
  cityId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Only partners sharing at least this many organizations (1 or more).' })
  @Min(1, { message: 'minShared must be at least 1' })
  minShared: number = 1;

  @Field(() => Int, {
    nullable: true,
    description: `At most this many partners, the most shared first (1 to ${MAX_SHARING_PARTNERS}); all of them when omitted. A city with a great many partners may need it: the query cost counts every partner listed.`,
  })
  @IsOptional()
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_SHARING_PARTNERS, { message: `limit must be at most ${MAX_SHARING_PARTNERS}` })
  limit?: number | null;
}
