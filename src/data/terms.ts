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
  extradited: 'extradited',
  'arrested-abroad': 'arrested abroad at China’s request',
  'assets-confiscated': 'illegal gains confiscated',
};

/** For lists where space is short (autocomplete choices). */
export const OUTCOME_SHORT: Record<Outcome, string> = {
  returned: 'returned',
  surrendered: 'surrendered',
  'escorted-back': 'escorted back',
  deported: 'deported',
  repatriated: 'repatriated',
  'forcibly-repatriated': 'forcibly repatriated',
  extradited: 'extradited',
  'arrested-abroad': 'arrested abroad',
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
  extradited: ['extradited', 'extradition'],
  'arrested-abroad': ['arrested', 'arrest', 'repatriation', 'police cooperation'],
  'assets-confiscated': ['confiscated', 'confiscation', 'assets', 'illegal gains', 'court'],
};

export const LIST_OF_100 = 'list of 100';
export const LIST_OF_100_LONG = 'list of 100 red-notice fugitives (22 April 2015)';

/** Countries whose English name takes "the": from the United States. */
const TAKES_THE = /^(United States|United Kingdom|Netherlands|Philippines|Czech Republic|Bahamas|Dominican Republic|United Arab Emirates)$/;

export function countryPhrase(country: string): string {
  return TAKES_THE.test(country) ? `the ${country}` : country;
}

/** `returned and surrendered from the United States`. */
export function outcomePhrase(e: Pick<CaseEvent, 'type' | 'from'>): string {
  return `${OUTCOME_LABEL[e.type]}${e.from ? ` from ${countryPhrase(e.from)}` : ''}`;
}
