/**
 * The `metric` option that /stats and /chart share: which of the two yearly
 * measures to show. One list of choices, so the two commands never drift.
 */
import type { Metric } from '../data/yearStats.js';

export const METRIC_CHOICES = [
  { name: 'Fugitives returned', value: 'fugitives' },
  { name: 'Money recovered', value: 'money' },
  { name: 'Both', value: 'both' },
];

const METRICS: Record<string, Metric[]> = { fugitives: ['returned'], money: ['recovered'], both: ['returned', 'recovered'] };

/** The measures a choice stands for; both when it is absent or unknown. */
export function metricsFor(choice: string | undefined): Metric[] {
  return METRICS[choice ?? 'both'] ?? ['returned', 'recovered'];
}
