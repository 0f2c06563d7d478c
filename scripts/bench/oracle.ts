/**
 * The ceiling a fast index should approach: every name in the dataset ranked
 * by its optimal-string-alignment distance to the query, with no index and no
 * cleverness, ties in random order. Slow but simple, and independent of the
 * bot's code (talisman's OSA, the names as toKey writes them).
 *
 * Rather than draw one random order, each query's expected top-1 and top-5
 * are computed exactly: with `closer` records strictly nearer than the name
 * looked for, and `tied` at its distance of which `mine` bear the name, the
 * name is in the first k with probability 1 − C(tied − mine, s) / C(tied, s),
 * where s = k − closer slots are left (0 when none are).
 */
import type { CaseRecord } from '../../src/data/schema.js';
import { osaDistance } from '../../src/search/libraries.js';
import { toKey } from '../../src/search/normalize.js';
import type { NameQuery } from './queries.js';
import type { Accuracy, AccuracyBySet } from './queries.js';

/** The chance that one of `mine` of `tied` records in random order is among the first `slots`. */
function chanceInFirst(slots: number, tied: number, mine: number): number {
  if (slots <= 0) return 0;
  let missAll = 1;
  for (let i = 0; i < slots && missAll > 0; i++) missAll *= Math.max(0, tied - mine - i) / (tied - i);
  return 1 - missAll;
}

export class Oracle {
  /** Each distinct name key with the number of records that bear it. */
  private readonly counts = new Map<string, number>();

  constructor(cases: readonly CaseRecord[]) {
    for (const c of cases) {
      const key = toKey(c.name);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** Expected [top-1, top-5] for one query. */
  expected(query: NameQuery): [number, number] {
    const typed = toKey(query.text);
    const distance = osaDistance(typed, query.target);
    let closer = 0;
    let tied = 0;
    for (const [key, count] of this.counts) {
      const d = osaDistance.limited(distance, typed, key);
      if (d < distance) closer += count;
      else if (d === distance) tied += count;
    }
    const mine = this.counts.get(query.target) ?? 0;
    return [chanceInFirst(1 - closer, tied, mine), chanceInFirst(5 - closer, tied, mine)];
  }

  /** The expected top-1 and top-5 of each query, summed. */
  private sums(queries: readonly NameQuery[]): { queries: number; top1: number; top5: number } {
    let top1 = 0;
    let top5 = 0;
    for (const q of queries) {
      const [one, five] = this.expected(q);
      top1 += one;
      top5 += five;
    }
    return { queries: queries.length, top1, top5 };
  }

  accuracy(queries: readonly NameQuery[]): Accuracy {
    return rounded(this.sums(queries));
  }

  accuracyBySet(q: { typo1: readonly NameQuery[]; typo2: readonly NameQuery[]; runTogether: readonly NameQuery[] }): AccuracyBySet {
    // "typo" is one and two slips together: added up from the two sets rather than ranked again (a million names a query at a million cases).
    const typo1 = this.sums(q.typo1);
    const typo2 = this.sums(q.typo2);
    const typo = { queries: typo1.queries + typo2.queries, top1: typo1.top1 + typo2.top1, top5: typo1.top5 + typo2.top5 };
    return { typo1: rounded(typo1), typo2: rounded(typo2), typo: rounded(typo), runTogether: this.accuracy(q.runTogether) };
  }
}

function rounded({ queries, top1, top5 }: { queries: number; top1: number; top5: number }): Accuracy {
  const n = queries || 1;
  return { queries, top1: Math.round((top1 / n) * 1000) / 1000, top5: Math.round((top5 / n) * 1000) / 1000 };
}
