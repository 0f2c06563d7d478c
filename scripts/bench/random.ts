/**
 * A small seeded random source, so the benchmark's data and queries are the
 * same on every run and every machine (Math.random cannot be seeded).
 */

/** mulberry32: fast, 32-bit state, good enough for test data. */
export class Random {
  private state: number;

  constructor(seed: string | number) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A derived, independent source: the same label always gives the same stream. */
  fork(label: string): Random {
    return new Random(hashString(`${this.state}:${label}`));
  }
}

/** Picks items with Zipf-like weights (the first is commonest), as names and places are distributed. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(
    readonly items: readonly T[],
    exponent: number,
  ) {
    items.forEach((_, i) => {
      this.total += 1 / (i + 1) ** exponent;
      this.cumulative.push(this.total);
    });
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

function hashString(s: string): number {
  // FNV-1a, then a final mix so that similar seeds diverge.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) >>> 0;
}
