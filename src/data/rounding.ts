/**
 * Rounding a figure only the way its qualifier allows: a lower bound ("more
 * than 16.74 billion") only down, an upper bound only up, anything else to the
 * nearest. Rounding a lower bound up would overstate it: 16.74 billion yuan at
 * 6.4508 is $2.595 billion, so "more than $2.59 billion", never "more than
 * $2.6 billion". Every rounding of a figure, in any language, goes through here.
 */
import type { Qualifier } from './schema.js';

/** Which way a figure may be rounded: a lower bound down, an upper bound up, an exact figure to the nearest. */
export type Bound = 'lower' | 'upper' | 'nearest';

/** "more than" is a lower bound; "about" (or no qualifier) rounds to the nearest. */
export function boundOf(qualifier: Qualifier | undefined): Bound {
  return qualifier === 'more than' ? 'lower' : 'nearest';
}

/** `value` to `decimals` decimals, rounded only the way `bound` allows. */
export function roundTo(value: number, decimals: number, bound: Bound): number {
  const f = 10 ** decimals;
  const x = value * f;
  // A hair of floating point: 16.74e9 / 1e9 × 100 is 1674.0000000000002, which is 1674, not more.
  const hair = Math.abs(x) * 1e-12;
  const r = bound === 'lower' ? Math.floor(x + hair) : bound === 'upper' ? Math.ceil(x - hair) : Math.round(x);
  return r / f;
}

/** `value` to `digits` significant figures, rounded only the way `bound` allows. */
export function roundSignificant(value: number, digits: number, bound: Bound): number {
  if (value === 0) return 0;
  return roundTo(value, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value)))), bound);
}
