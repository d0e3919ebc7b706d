// Plain typed records: what the repositories return, the services take and give, and the GraphQL types expose.
import type { Continent } from './report';
import type { CityKind, Label, OfficeTargetLabel, OfficeTargetType, OrganizationCategory, PartnerTier, RelType } from './graph';

interface Stamped {
  /** The document the fact comes from. */
  source: string;
  /** When it was last written through the API or an import; null for seeded data. */
  updatedAt?: string | null;
}

export interface Nation extends Stamped {
  code: string;
  name: string;
  continent?: Continent | null;
  continentSource?: string | null;
}

export interface City extends Stamped {
  id: string;
  name: string;
  kind: CityKind;
  latitude?: number | null;
  longitude?: number | null;
  geonameId?: number | null;
  locationSource?: string | null;
  /** Code of the nation the city is located in. */
  nationCode?: string | null;
}

export interface Organization extends Stamped {
  id: string;
  name: string;
  acronym: string | null;
  category: OrganizationCategory | null;
  memberSummary: string | null;
  purpose: string | null;
  memberCount?: number | null;
  memberCountApproximate?: boolean | null;
  memberNations?: number | null;
}

export interface Official extends Stamped {
  id: string;
  name: string;
  title: string;
}

/** A partnership seen from one of its cities. */
export interface Partnership extends Stamped {
  cityId: string;
  tier: PartnerTier;
  since: number | null;
  city: City;
}

export interface Membership extends Stamped {
  cityId: string;
  organizationId: string;
  since: number | null;
  role: string | null;
}

export interface Hosting extends Stamped {
  cityId: string;
  organizationId: string;
  office: string | null;
}

export interface Office extends Stamped {
  officialId: string;
  targetType: OfficeTargetType;
  targetId: string;
  title: string;
}

/** An office seen from what it belongs to. */
export interface OfficeHolding extends Stamped {
  officialId: string;
  title: string;
}

/** A meeting seen from one of the two officials. */
export interface Meeting extends Stamped {
  officialId: string;
  otherId: string;
  on: string;
  topics: string[];
}

export interface Deletion {
  type: Label;
  id: string;
  relationshipsRemoved: number;
}

/** A node of any label, by its key. */
export interface NodeRef {
  label: Label;
  /** `id` of a city, organization or official; `code` of a nation. */
  id: string;
}

/** A relationship as paths and subgraphs list it. */
export interface RelationshipRecord {
  type: RelType;
  /** Id of the start node as stored. */
  source: string;
  /** Id of the end node as stored. */
  target: string;
  /** False for mutual relationships (the model's direction rule). */
  directed: boolean;
  properties: Record<string, unknown>;
}

// ---- inputs: what the writes and the import take (validated by src/model/validation.ts) ---------------------------

export interface NationInput {
  code: string;
  name: string;
  source: string;
}
export interface CityInput {
  id: string;
  name: string;
  kind: CityKind;
  nation: string;
  source: string;
  nationSource?: string | null;
}
export interface OrganizationInput {
  id: string;
  name: string;
  acronym?: string | null;
  category?: OrganizationCategory | null;
  memberSummary?: string | null;
  purpose?: string | null;
  source: string;
}
export interface OfficialInput {
  id: string;
  name: string;
  title: string;
  source: string;
}
export interface PartnershipInput {
  cityA: string;
  cityB: string;
  tier: PartnerTier;
  since?: number | null;
  source: string;
}
export interface MembershipInput {
  city: string;
  organization: string;
  since?: number | null;
  role?: string | null;
  source: string;
}
export interface HostingInput {
  city: string;
  organization: string;
  office?: string | null;
  source: string;
}
export interface MeetingInput {
  official: string;
  with: string;
  on: string;
  topics?: string[];
  source: string;
}
export interface OfficeInput {
  official: string;
  targetType: OfficeTargetType;
  target: string;
  title: string;
  source: string;
}
/** An office in the seed and import format: the target's label rather than its type. */
export interface ImportOfficeInput {
  official: string;
  targetLabel: OfficeTargetLabel;
  target: string;
  title: string;
  source: string;
}
export interface PartnerPairInput {
  cityA: string;
  cityB: string;
  source: string;
}
export interface CityOrganizationInput {
  city: string;
  organization: string;
  source: string;
}
export interface MeetingKeyInput {
  official: string;
  with: string;
  on: string;
  source: string;
}
export interface OfficeKeyInput {
  official: string;
  targetType: OfficeTargetType;
  target: string;
  title: string;
  source: string;
}
export interface DeleteInput {
  id: string;
  detach: boolean;
  source: string;
}
export interface SourceDocument {
  id: string;
  title: string;
  publisher?: string | null;
  published?: string | null;
  file?: string | null;
  note?: string | null;
}
