// Sample parameters of the network-analysis queries (for linting and for a catalogue test that runs every query).
export const ANALYTICS_SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'analytics/nodes-by-key': { keys: ['seoul', 'nowhere', 'tokyo'] },
  'analytics/relationships-by-key': { keys: ['seoul', 'shandong'], labels: ['City', 'Nation'], types: ['LOCATED_IN'] },
  'analytics/projection-out': { keys: ['seoul', 'nowhere', 'tokyo'] },
};
