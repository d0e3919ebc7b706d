// The GraphQL enums of the report's model (src/model/report.ts), registered once, and the enums of the label fields
// of the import's report sections.
import { registerEnumType } from 'type-graphql';
import { CONTINENTS, EVENT_KINDS, FIGURE_UNITS, POLICY_SECTORS, STATED_MEASURES, type Continent as ContinentName } from '../model/report';
import { REPORT_INPUTS } from '../model/report-inputs';
import type { EnumValues } from '../model/spec';

function register(name: string, description: string, values: EnumValues, names?: Record<string, string>): Record<string, string> {
  const object = Object.fromEntries(Object.keys(values).map((v) => [names?.[v] ?? v, v]));
  registerEnumType(object, { name, description, valuesConfig: Object.fromEntries(Object.keys(values).map((v) => [names?.[v] ?? v, { description: values[v] }])) });
  return object;
}

export const PolicySector = register('PolicySector', 'The sectors of the policies the Seoul Metropolitan Government shared, as the report groups them.', POLICY_SECTORS);
export type PolicySector = keyof typeof POLICY_SECTORS;
export const EventKind = register('EventKind', 'What kind of event, declaration or programme.', EVENT_KINDS);
export type EventKind = keyof typeof EVENT_KINDS;
export const StatedMeasure = register('StatedMeasure', 'What a figure the sources state counts.', STATED_MEASURES);
export type StatedMeasure = keyof typeof STATED_MEASURES;
export const FigureUnit = register('FigureUnit', 'The unit of a stated figure.', FIGURE_UNITS);

export const Continent = register('Continent', 'A continent, as the countries-list data package assigns nations to them.', CONTINENTS);
export type Continent = ContinentName;

const labelEnum = (name: string) => {
  const field = Object.values(REPORT_INPUTS).flat().find((f) => f.rule.kind === 'enum' && f.rule.name === name)!;
  return register(name, field.description, (field.rule as { values: EnumValues }).values);
};

/** Every enum a model input field names, for the generated input types. */
export const REPORT_ENUMS: Record<string, object> = {
  PolicySector,
  EventKind,
  StatedMeasure,
  FigureUnit,
  Continent,
  RecipientLabel: labelEnum('RecipientLabel'),
  OrganizerLabel: labelEnum('OrganizerLabel'),
  TargetLabel: labelEnum('TargetLabel'),
};

