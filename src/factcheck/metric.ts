/**
 * Whether a change or a superlative is about fugitives or money: the words of
 * its clause first, then the figure it follows, then the sentence. Undefined
 * when the draft does not say (then both are tried, and must agree).
 */
import type { Metric } from '../data/yearStats.js';
import { cheapest, clauseAt, textBetween, type View } from './context.js';
import type { NumberMention } from './numbers.js';
import { inside, type Span } from './types.js';
import { MONEY_METRIC, PEOPLE_METRIC } from './words.js';

function byWords(text: string): Metric | undefined {
  const money = MONEY_METRIC.test(text);
  const people = PEOPLE_METRIC.test(text);
  if (money === people) return undefined;
  return money ? 'recovered' : 'returned';
}

/** A figure that counts people or money: a unit, or a marked bare number of a hundred or more. */
function counted(f: NumberMention): boolean {
  return f.unit === 'people' || f.unit === 'yuan' || (f.unit === 'bare' && f.marked && f.value >= 100);
}

/** Characters between a figure and the place, on either side. */
function gap(f: NumberMention, target: Span): number {
  return f.end <= target.start ? target.start - f.end : f.start - target.end;
}

export function metricAt(masked: string, view: View, target: Span): Metric | undefined {
  const clause = clauseAt(view, target.start);
  const own = byWords(`${textBetween(masked, clause.start, target.start)} ${textBetween(masked, target.end, clause.end)}`);
  if (own) return own;
  // "…recovered 3.541 billion yuan, up 261% on 2017", "fell 30 percent to 1,421": the nearest figure in the clause says what changed.
  const near = cheapest(
    view.figures.filter((f) => counted(f) && inside(f, clause) && (f.end <= target.start || f.start >= target.end)),
    (f) => gap(f, target),
  );
  const previous = near ?? view.figures.filter((f) => f.end <= target.start && (f.unit === 'people' || f.unit === 'yuan')).at(-1);
  if (previous) return previous.unit === 'yuan' ? 'recovered' : 'returned';
  return byWords(textBetween(masked, view.sentence.start, view.sentence.end));
}
