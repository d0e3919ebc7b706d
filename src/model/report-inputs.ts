// The import sections of the report's labels and relationship types (see report.ts): node sections hold a label's
// properties; relationship sections name their two ends (with the label of an end that can be of several labels)
// and the type's properties. Merged into INPUTS, IMPORT_SECTIONS and SECTION_INPUT by inputs.ts.
import { LABELS, RELATIONSHIPS, type Label, type PropertySpec, type RelType, type Rule } from './graph';
import { referenceField, type FieldSpecOf } from './spec';
import type { ReportLabel } from './report';

type FieldSpec = FieldSpecOf<Label>;

export type ReportInputKind =
  | 'policyProject'
  | 'ranking'
  | 'event'
  | 'statedFigure'
  | 'policyShare'
  | 'policyRecipient'
  | 'cityRanking'
  | 'eventVenue'
  | 'eventOrganizer'
  | 'eventPart'
  | 'meetingMention'
  | 'figureSubject';

export const REPORT_SECTIONS = {
  nodes: ['policyProjects', 'rankings', 'events', 'statedFigures'],
  relationships: ['policyShares', 'policyRecipients', 'cityRankings', 'eventVenues', 'eventOrganizers', 'eventParts', 'meetingMentions', 'figureSubjects'],
} as const;
export type ReportSection = (typeof REPORT_SECTIONS)['nodes'][number] | (typeof REPORT_SECTIONS)['relationships'][number];

const fromProperty = (p: PropertySpec, key?: string): FieldSpec => ({
  name: p.name,
  rule: p.rule,
  required: p.required,
  description: `${p.description[0].toUpperCase()}${p.description.slice(1)}${p.rule.kind === 'text' ? ` (at most ${p.rule.max} characters)` : ''}.`,
  isId: p.name === key,
});
const node = (label: Label) => LABELS[label].properties.map((p) => fromProperty(p, LABELS[label].key));
/** A relationship's own properties, `source` last. */
const props = (type: RelType) => RELATIONSHIPS[type].properties.map((p) => fromProperty(p));

const ref = (name: string, label: Label, description: string): FieldSpec => referenceField(name, label, description);
const labelOf = (name: string, labels: readonly Label[], what: string): FieldSpec => ({
  name,
  rule: { kind: 'enum', name: `${what}Label`, values: Object.fromEntries(labels.map((l) => [l, `A node labelled ${l}.`])) } as Rule,
  required: true,
  description: `Whether the ${what.toLowerCase()} is ${labels.join(' or ')}.`,
});
const refByLabel = (name: string, labelField: string, description: string): FieldSpec => ({
  name,
  rule: { kind: 'slug' },
  required: true,
  description,
  references: { labelField },
  isId: true,
});

const PROJECT = ref('project', 'PolicyProject', 'Id of the policy project, e.g. "bangkok-transportation-card-consulting".');
const CITY = ref('city', 'City', 'Id of the city, e.g. "seoul".');
const EVENT = ref('event', 'Event', 'Id of the event, e.g. "promise-of-seoul".');

export const REPORT_INPUTS: Readonly<Record<ReportInputKind, readonly FieldSpec[]>> = {
  policyProject: node('PolicyProject'),
  ranking: node('Ranking'),
  event: node('Event'),
  statedFigure: node('StatedFigure'),
  policyShare: [CITY, PROJECT, ...props('SHARES')],
  policyRecipient: [
    labelOf('recipientLabel', RELATIONSHIPS.RECEIVES.from, 'Recipient'),
    refByLabel('recipient', 'recipientLabel', 'Id of the city, or code of the nation, the project was shared with.'),
    PROJECT,
    ...props('RECEIVES'),
  ],
  cityRanking: [CITY, ref('ranking', 'Ranking', 'Id of the ranking, e.g. "gpci-2016".'), ...props('RANKED')],
  eventVenue: [EVENT, CITY, ...props('HELD_IN')],
  eventOrganizer: [
    EVENT,
    labelOf('organizerLabel', RELATIONSHIPS.ORGANIZED_BY.to, 'Organizer'),
    refByLabel('organizer', 'organizerLabel', 'Id of the city, organization or official.'),
    ...props('ORGANIZED_BY'),
  ],
  eventPart: [EVENT, ref('partOf', 'Event', 'Id of the event it was made at.'), ...props('PART_OF')],
  meetingMention: [
    ref('official', 'Official', 'Id of the official whose meeting mentions it.'),
    ref('other', 'Official', 'Id of the other official of the meeting.'),
    ...props('DISCUSSED').filter((f) => f.name === 'on'),
    labelOf('targetLabel', RELATIONSHIPS.DISCUSSED.to, 'Target'),
    refByLabel('target', 'targetLabel', 'Id of the event, city or organization the meeting mentions.'),
    ...props('DISCUSSED').filter((f) => f.name === 'topic' || f.name === 'source'),
  ],
  figureSubject: [ref('figure', 'StatedFigure', 'Id of the stated figure.'), CITY, ...props('ABOUT')],
};

export const REPORT_SECTION_INPUT: Readonly<Record<ReportSection, ReportInputKind>> = {
  policyProjects: 'policyProject',
  rankings: 'ranking',
  events: 'event',
  statedFigures: 'statedFigure',
  policyShares: 'policyShare',
  policyRecipients: 'policyRecipient',
  cityRankings: 'cityRanking',
  eventVenues: 'eventVenue',
  eventOrganizers: 'eventOrganizer',
  eventParts: 'eventPart',
  meetingMentions: 'meetingMention',
  figureSubjects: 'figureSubject',
};

export const REPORT_NODE_SECTION: Readonly<Record<ReportLabel, ReportSection>> = {
  PolicyProject: 'policyProjects',
  Ranking: 'rankings',
  Event: 'events',
  StatedFigure: 'statedFigures',
};

/** The relationship type each relationship section writes, its start and end fields, and the label fields of ends of several labels. */
export const REPORT_RELATIONSHIP_SECTIONS: Readonly<
  Record<(typeof REPORT_SECTIONS)['relationships'][number], { type: RelType; from: string; fromLabel: Label | { field: string }; to: string; toLabel: Label | { field: string } }>
> = {
  policyShares: { type: 'SHARES', from: 'city', fromLabel: 'City', to: 'project', toLabel: 'PolicyProject' },
  policyRecipients: { type: 'RECEIVES', from: 'recipient', fromLabel: { field: 'recipientLabel' }, to: 'project', toLabel: 'PolicyProject' },
  cityRankings: { type: 'RANKED', from: 'city', fromLabel: 'City', to: 'ranking', toLabel: 'Ranking' },
  eventVenues: { type: 'HELD_IN', from: 'event', fromLabel: 'Event', to: 'city', toLabel: 'City' },
  eventOrganizers: { type: 'ORGANIZED_BY', from: 'event', fromLabel: 'Event', to: 'organizer', toLabel: { field: 'organizerLabel' } },
  eventParts: { type: 'PART_OF', from: 'event', fromLabel: 'Event', to: 'partOf', toLabel: 'Event' },
  meetingMentions: { type: 'DISCUSSED', from: 'official', fromLabel: 'Official', to: 'target', toLabel: { field: 'targetLabel' } },
  figureSubjects: { type: 'ABOUT', from: 'figure', fromLabel: 'StatedFigure', to: 'city', toLabel: 'City' },
};
