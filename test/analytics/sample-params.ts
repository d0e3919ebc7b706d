// Sample parameters of the network-analysis queries (for linting and for a catalogue test that runs every query).
export const ANALYTICS_SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'analytics/page-nodes': { labels: ['City', 'Organization'], afterId: null, afterLabel: null, limit: 1000 },
  'analytics/page-relationships': { labels: ['City', 'Organization'], types: ['MEMBER_OF'], afterId: 'seoul', afterLabel: 'City', limit: 1000 },
  'analytics/projection-out': { keys: ['seoul', 'nowhere', 'tokyo'] },
};
