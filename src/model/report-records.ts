// Plain records of the report's labels (see report.ts): what the report repository returns and the services and
// GraphQL types take.
import type { Label } from './graph';
import type { EventKind, PolicySector, StatedMeasure } from './report';

interface Stamped {
  source: string;
  updatedAt?: string | null;
}

export interface PolicyProject extends Stamped {
  id: string;
  title: string;
  sector: PolicySector;
  category: string | null;
  kind: string | null;
  note: string | null;
}

export interface Ranking extends Stamped {
  id: string;
  index: string;
  publisher: string | null;
  rank: number;
  scope: string;
  asOf: string | null;
  detail: string | null;
  note: string | null;
}

export interface Event extends Stamped {
  id: string;
  name: string;
  kind: EventKind;
  on: string | null;
  note: string | null;
}

export interface StatedFigure extends Stamped {
  id: string;
  measure: StatedMeasure;
  category: string | null;
  value: number;
  unit: 'COUNT' | 'PERCENT';
  period: string | null;
  asOf: string | null;
  quote: string;
  note: string | null;
  /** Id of the city the figure is about. */
  subject: string;
}

/** A node a report relationship reaches: its label and key. */
export interface ReportRef {
  label: Label;
  id: string;
}

/** Something a meeting mentions: the meeting (one official, the other, the date), its topic, the node. */
export interface Mention {
  official: string;
  with: string;
  on: string;
  topic: string;
  node: ReportRef;
}

export interface EventLink {
  event: string;
  type: 'HELD_IN' | 'ORGANIZED_BY' | 'PART_OF';
  node: ReportRef;
  role: string | null;
}

/** A city with a location, as the GeoJSON export writes it. */
export interface LocatedCity {
  id: string;
  name: string;
  kind: string;
  latitude: number;
  longitude: number;
  geonameId: number | null;
  locationSource: string | null;
  source: string;
  nation: string | null;
  continent: string | null;
}

export interface LocatedPartnership {
  source: string;
  target: string;
  tier: string;
  since: number | null;
  sourceDocument: string;
  from: [number, number];
  to: [number, number];
}
