// The statistics of the benchmarks (bench/stats.ts): percentiles, medians and the side-by-side table of
// `npm run bench:engines`. No timing here: only that the numbers printed are computed right.
import { enginesTable, latencySummary, median, percentile, ratio } from '../../bench/stats';

describe('benchmark statistics', () => {
  test('nearest-rank percentiles of sorted values', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 1)).toBe(1);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 51)).toBe(3);
    expect(percentile([7], 99)).toBe(7);
    // 300 samples (the API bench's default): p99 is the 297th, so the three slowest lie above it.
    const three = Array.from({ length: 300 }, (_, i) => i + 1);
    expect(percentile(three, 99)).toBe(297);
  });

  test('percentile rejects an empty list and an out-of-range p', () => {
    expect(() => percentile([], 50)).toThrow('no values');
    expect(() => percentile([1], 0)).toThrow('(0, 100]');
    expect(() => percentile([1], 101)).toThrow('(0, 100]');
  });

  test('latencySummary sorts unordered samples before taking percentiles', () => {
    const samples = [9, 1, 5, 3, 7, 2, 8, 4, 6, 10];
    expect(latencySummary(samples)).toEqual({ p50: 5, p99: 10, n: 10 });
    expect(samples[0]).toBe(9); // the caller's array is left as it was
  });

  test('median of odd and even counts, unsorted', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow('no values');
  });

  test("ratio is Neo4j's median over the embedded one's", () => {
    expect(ratio({ label: 'x', digits: 0, embedded: [10, 30, 20], neo4j: [45, 40, 90] })).toBe(45 / 20);
    expect(ratio({ label: 'x', digits: 0, embedded: [], neo4j: [1] })).toBeNull();
    expect(ratio({ label: 'x', digits: 0, embedded: [0], neo4j: [1] })).toBeNull();
  });

  test('the table shows medians, ranges and ratios, and a dash for a missing measure', () => {
    const table = enginesTable([
      { label: 'flagship p50, ms', digits: 2, embedded: [3, 2, 4], neo4j: [12, 10, 11] },
      { label: 'rate, relationships/s', digits: 0, embedded: [6000, 7000], neo4j: [1500] },
      { label: 'missing', digits: 1, embedded: [], neo4j: [2] },
    ]).split('\n');
    expect(table[0]).toBe('| measure | embedded (Grafeo): median (min–max) | Neo4j: median (min–max) | Neo4j ÷ embedded |');
    expect(table[2]).toBe('| flagship p50, ms | 3.00 (2.00–4.00) | 11.00 (10.00–12.00) | 3.67× |');
    expect(table[3]).toBe('| rate, relationships/s | 6,500 (6,000–7,000) | 1,500 | 0.23× |');
    expect(table[4]).toBe('| missing | — | 2.0 | — |');
  });
});
