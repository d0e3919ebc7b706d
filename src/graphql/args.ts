// Query arguments, validated by class-validator before any resolver runs (invalid → BAD_USER_INPUT).
import { IsOptional, Length, Matches, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { CityKind, OrganizationCategory, PartnerTier } from './enums';
import { PageArgs } from './pagination';
import { Continent } from './report-enums';

const NAME_FILTER = 'Only items whose name contains this text (case-insensitive).';

@ArgsType()
export class CitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cities located in this nation (ISO 3166-1 alpha-2 code, e.g. "FR").' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'nation must be an ISO 3166-1 alpha-2 code such as "FR"' })
  nation?: string | null;

  @Field(() => Continent, { nullable: true, description: "Only cities whose nation is on this continent (countries-list's assignment)." })
  continent?: Continent | null;

  @Field(() => CityKind, { nullable: true, description: 'Only cities of this kind.' })
  kind?: CityKind | null;

  @Field(() => PartnerTier, { nullable: true, description: 'Only cities with a partnership of this tier (with `partnerOf`, a partnership with that city).' })
  tier?: PartnerTier | null;

  @Field(() => ID, { nullable: true, description: 'Only partners of this city (e.g. "seoul").' })
  partnerOf?: string | null;

  @Field(() => String, { nullable: true, description: NAME_FILTER })
  @IsOptional()
  @Length(1, 100, { message: 'nameContains must be 1 to 100 characters long' })
  nameContains?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationCategory, { nullable: true, description: 'Only organizations of this category.' })
  category?: OrganizationCategory | null;

  @Field(() => ID, { nullable: true, description: 'Only organizations this city is a member of.' })
  memberCity?: string | null;

  @Field(() => String, { nullable: true, description: 'Only organizations whose name or acronym contains this text (case-insensitive).' })
  @IsOptional()
  @Length(1, 100, { message: 'nameContains must be 1 to 100 characters long' })
  nameContains?: string | null;
}

@ArgsType()
export class NameFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  @IsOptional()
  @Length(1, 100, { message: 'nameContains must be 1 to 100 characters long' })
  nameContains?: string | null;
}

@ArgsType()
export class NationsArgs extends NameFilterArgs {
  @Field(() => Continent, { nullable: true, description: "Only nations on this continent (countries-list's assignment)." })
  continent?: Continent | null;
}

@ArgsType()
export class PartnersSharingArgs {
  @Field(() => ID, { description: 'The city whose partners to examine, e.g. "seoul".' })
  cityId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Only partners sharing at least this many organizations (1 or more).' })
  @Min(1, { message: 'minShared must be at least 1' })
  minShared: number = 1;
}
