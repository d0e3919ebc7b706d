// A small seeded pseudo-random generator, so Louvain and the synthetic benchmark network are reproducible.

/**
 * mulberry32: a 32-bit state PRNG returning floats in [0, 1), like Math.random. Fast and well distributed
 * enough for randomised graph algorithms and test data; not for anything security-related.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
