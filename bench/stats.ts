// The statistics and the table of the benchmarks: nearest-rank percentiles, medians, and the side-by-side table
// of `npm run bench:engines`. Pure functions (test/unit/bench-stats.test.ts).

/**
 * The nearest-rank percentile of ascending `sorted` values: the smallest value with at least p% of the values at
 * or below it (p50 of 1..4 is 2, p99 of 1..100 is 99, p100 is the maximum). Throws on an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50 and p99 (nearest rank) of unordered samples. */
export function latencySummary(samples: readonly number[]): { p50: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}

/** The median: the middle value, or the mean of the two middle ones for an even count. Throws on an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface EngineRow {
  /** What is measured, with its unit. */
  label: string;
  /** One value per round (rounds that did not produce the measure are left out). */
  embedded: number[];
  neo4j: number[];
  /** Digits after the decimal point. */
  digits: number;
}

export interface EngineCell {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

export function summarize(values: readonly number[]): EngineCell | null {
  if (values.length === 0) return null;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), rounds: values.length };
}

/** Neo4j's median over the embedded engine's, or null when either is missing or the embedded one is 0. */
export function ratio(row: EngineRow): number | null {
  const a = summarize(row.embedded);
  const b = summarize(row.neo4j);
  if (!a || !b || a.median === 0) return null;
  return b.median / a.median;
}

const number = (value: number, digits: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function cell(values: readonly number[], digits: number): string {
  const s = summarize(values);
  if (!s) return '—';
  return s.rounds === 1 ? number(s.median, digits) : `${number(s.median, digits)} (${number(s.min, digits)}–${number(s.max, digits)})`;
}

/**
 * A Markdown table: each measure's median over the rounds on each engine, with the range (min–max) in brackets,
 * and Neo4j's median ÷ the embedded engine's.
 */
export function enginesTable(rows: readonly EngineRow[]): string {
  const lines = [
    '| measure | embedded (Grafeo): median (min–max) | Neo4j: median (min–max) | Neo4j ÷ embedded |',
    '|---|---:|---:|---:|',
  ];
  for (const row of rows) {
    const r = ratio(row);
    lines.push(`| ${row.label} | ${cell(row.embedded, row.digits)} | ${cell(row.neo4j, row.digits)} | ${r === null ? '—' : `${number(r, 2)}×`} |`);
  }
  return lines.join('\n');
}
