/**
 * The clean English the bot shows in place of the report's machine
 * translation ("returned to China to vote" is a surrender; "hundred red-pass
 * personnel" is the list of 100), and the words a reporter may search with.
 */
import type { CaseEvent, Outcome } from './schema.js';

export const OUTCOME_LABEL: Record<Outcome, string> = {
  returned: 'returned to China',
  surrendered: 'returned and surrendered',
  'escorted-back': 'escorted back to China',
  deported: 'deported to China',
  repatriated: 'repatriated',
  'forcibly-repatriated': 'forcibly repatriated',
  'sent-back': 'sent back to China',
  extradited: 'extradited',
  arrested: 'arrested',
  'granted-asylum': 'granted asylum abroad',
  'arrest-requested': 'arrest and repatriation requested by China',
  'assets-confiscated': 'illegal gains confiscated',
};

/**
 * Outcomes that happen where the person is, not on the way back: their
 * country is where it happened (`arrested in France`), never where they came
 * back from.
 */
export const HAPPENS_IN: ReadonlySet<Outcome> = new Set(['arrested', 'granted-asylum']);

/** Outcomes that can send a person somewhere other than China (`to`). */
export const MAY_GO_ELSEWHERE: ReadonlySet<Outcome> = new Set(['extradited', 'deported', 'repatriated']);

/** The label when the person was sent to another country than China: `deported`, not `deported to China`. */
const LABEL_ELSEWHERE: Partial<Record<Outcome, string>> = { deported: 'deported' };

/** For lists where space is short (autocomplete choices). */
export const OUTCOME_SHORT: Record<Outcome, string> = {
  returned: 'returned',
  surrendered: 'surrendered',
  'escorted-back': 'escorted back',
  deported: 'deported',
  repatriated: 'repatriated',
  'forcibly-repatriated': 'forcibly repatriated',
  'sent-back': 'sent back',
  extradited: 'extradited',
  arrested: 'arrested',
  'granted-asylum': 'granted asylum',
  'arrest-requested': 'arrest requested',
  'assets-confiscated': 'assets confiscated',
};

/** Words that should find a case with this outcome in /search. */
export const OUTCOME_SEARCH_WORDS: Record<Outcome, string[]> = {
  returned: ['returned', 'return'],
  surrendered: ['surrendered', 'surrender', 'gave himself up', 'turned himself in', 'persuaded'],
  'escorted-back': ['escorted', 'escort', 'captured'],
  deported: ['deported', 'deportation'],
  repatriated: ['repatriated', 'repatriation'],
  'forcibly-repatriated': ['repatriated', 'repatriation', 'forcibly', 'forced'],
  'sent-back': ['sent back'],
  extradited: ['extradited', 'extradition'],
  arrested: ['arrested', 'arrest', 'caught', 'captured', 'detained', 'custody'],
  'granted-asylum': ['asylum', 'not returned', 'stayed abroad'],
  'arrest-requested': ['arrest request', 'requested', 'repatriation request', 'police cooperation'],
  'assets-confiscated': ['confiscated', 'confiscation', 'assets', 'illegal gains', 'court'],
};

/**
 * The first year called "Sky Net <year>": the report says the name was fixed
 * in that form "since 2016", so 2015 is "Sky Net in 2015", its first year.
 */
export const FIRST_NAMED_YEAR = 2016;

/**
 * Phrases of the report's machine translation that the bot reads past, each
 * with an id for its explanation (`labels.quirks`): a card that relies on one
 * says so. "returned to China to vote" is 投案, a surrender.
 */
export const TRANSLATION_QUIRKS = [
  { id: 'vote', phrases: ['returned to China to vote'] },
  { id: 'submitCase', phrases: ['submit the case', 'surrender the case'] },
  { id: 'redPass', phrases: ['red-pass'] },
  { id: 'hongtong', phrases: ['Hongtong personnel'] },
  { id: 'fledUs', phrases: ['fled the United States'] },
  { id: 'jiasiyu', phrases: ['Jiasiyu'] },
] as const;
export type QuirkId = (typeof TRANSLATION_QUIRKS)[number]['id'];

/** The quirks whose phrases appear in `texts`, in table order. */
export function quirksIn(texts: readonly string[]): QuirkId[] {
  const all = texts.join('\n').toLowerCase();
  return TRANSLATION_QUIRKS.filter((q) => q.phrases.some((p) => all.includes(p.toLowerCase()))).map((q) => q.id);
}

export const LIST_OF_100 = 'list of 100';
export const LIST_OF_100_LONG = 'list of 100 red-notice fugitives (22 April 2015)';

/** Countries whose English name takes "the": from the United States. */
const TAKES_THE = /^(United States|United Kingdom|Netherlands|Philippines|Czech Republic|Bahamas|Dominican Republic|United Arab Emirates)$/;

export function countryPhrase(country: string): string {
  return TAKES_THE.test(country) ? `the ${country}` : country;
}

export type EventPlace = Pick<CaseEvent, 'type' | 'from' | 'place' | 'fromInferred' | 'to'>;

/** ` from Vancouver, Canada`, ` from New Zealand (inferred)`, ` in France`, ` from Sweden to the United States`, or nothing. */
export function fromPhrase(e: EventPlace): string {
  const to = e.to ? ` to ${countryPhrase(e.to)}` : '';
  if (!e.from) return to;
  const where = `${e.place ? `${e.place}, ` : ''}${countryPhrase(e.from)}${e.fromInferred ? ' (inferred)' : ''}`;
  return `${HAPPENS_IN.has(e.type) ? ' in' : ' from'} ${where}${to}`;
}

/** What happened, without the place: `deported to China`, but `deported` when the person was sent elsewhere. */
export function outcomeLabelOf(e: Pick<CaseEvent, 'type' | 'to'>): string {
  return (e.to ? LABEL_ELSEWHERE[e.type] : undefined) ?? OUTCOME_LABEL[e.type];
}

/** `returned and surrendered from the United States`. */
export function outcomePhrase(e: EventPlace): string {
  return `${outcomeLabelOf(e)}${fromPhrase(e)}`;
}
