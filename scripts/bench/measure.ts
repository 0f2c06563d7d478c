/** Timing, percentiles, heap and sampling for the benchmark. */
import { PerformanceObserver } from 'node:perf_hooks';
import { InteractionType } from '../../src/discord/limits.js';
import type { Incoming } from '../../src/interactions/dispatch.js';

export interface Latency {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of milliseconds. */
export function latency(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { count: sorted.length, p50: round(at(50)), p99: round(at(99)), max: round(sorted[sorted.length - 1] ?? NaN) };
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Runs `run` once per item, in order, and returns each one's time in milliseconds. */
export async function timeEach<T>(items: readonly T[], run: (item: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    await run(item);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/**
 * Runs every group's items `turns` times, the groups in turn (each group's
 * items once, then the next group's, and round again), and returns each
 * group's times. A machine stall (this one is shared) or a collection then
 * lands on whatever happens to be running, one run of one command, as it
 * would among a day's mixed traffic; timed one group after another, a burst of
 * stalls landed on one command, and a command that takes 0.04 ms had a p99 of
 * 4 to 12 ms in one run and 0.1 ms in the next.
 */
export async function timeInTurns<T>(groups: readonly (readonly T[])[], turns: number, run: (item: T) => unknown): Promise<number[][]> {
  const times = groups.map((): number[] => []);
  for (let turn = 0; turn < turns; turn++) {
    for (let g = 0; g < groups.length; g++) times[g]!.push(...(await timeEach(groups[g]!, run)));
  }
  return times;
}

export async function timeOnce<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Milliseconds spent collecting garbage from now until `stop()`. */
export function gcTime(): { stop(): Promise<number> } {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      // Entries are delivered asynchronously: let the last ones arrive.
      await new Promise((resolve) => setTimeout(resolve, 20));
      observer.disconnect();
      return total;
    },
  };
}

/** Heap in use after a full collection, in MB (needs node --expose-gc). */
export function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (npm run bench does)');
  gc();
  gc();
  return round(process.memoryUsage().heapUsed / 1e6, 1);
}

/**
 * What a timed block starts from: the garbage collected, then `warm` run
 * untimed. Collected, so that the garbage of what ran before (the oracle's,
 * another command's) is not this block's pause; warmed after the collection,
 * because a forced full collection compacts the heap and leaves the next few
 * answers five to ten times slower (at 100,000 cases the first /search
 * queries after it took 10 to 20 ms, the same queries 2 ms without it),
 * which a bot answering all day does not see: its own full collections come
 * every few thousand answers, and they fall inside the timed blocks.
 */
export async function settle(warm: () => Promise<unknown>): Promise<void> {
  heapMB();
  await warm();
}

/** At most `max` items, evenly spread over the list, always the same ones. */
export function sample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]!);
}

/** What Discord sends while someone types `text` into /case's name option. */
export function caseAutocomplete(text: string): Incoming {
  return { type: InteractionType.Autocomplete, commandName: 'case', options: [{ type: 3, name: 'name', value: text, focused: true }] };
}

export function slash(commandName: string, name: string, value: string): Incoming {
  return { type: InteractionType.ApplicationCommand, commandName, options: [{ type: 3, name, value }] };
}
