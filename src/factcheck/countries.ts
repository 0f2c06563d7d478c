/**
 * Countries a draft names, in the data's spelling: `the U.S.`, `America`,
 * `美国` and `United States` are one country; a few cities stand for theirs
 * (`returned from Vancouver`). Names come from the shared table of countries
 * (src/i18n/terms.ts) and from the data itself, so a country the editors add
 * is recognised without a change here.
 */
import type { Dataset } from '../dataset/dataset.js';
import { COUNTRY_ZH, HOME_COUNTRY } from '../data/countries.js';
import { escapeRegExp } from '../data/figures.js';
import { memoizedBy } from '../memo.js';
import { firstMatch, nextMatch } from './matches.js';
import type { Span } from './types.js';

export interface CountryMention extends Span {
  country: string;
}

/** English ways of writing a country beyond its name; case matters (`US`, not `us`). */
const ENGLISH_ALIASES: Record<string, string> = {
  'U.S.': 'United States',
  'U.S.A.': 'United States',
  US: 'United States',
  USA: 'United States',
  America: 'United States',
  'the States': 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  NZ: 'New Zealand',
  Vancouver: 'Canada',
  Toronto: 'Canada',
  Montreal: 'Canada',
  'New York': 'United States',
  'Los Angeles': 'United States',
  'San Francisco': 'United States',
  Auckland: 'New Zealand',
  Sofia: 'Bulgaria',
  Sydney: 'Australia',
  Melbourne: 'Australia',
  London: 'United Kingdom',
  Bangkok: 'Thailand',
};

const CHINESE_ALIASES: Record<string, string> = {
  美國: 'United States',
  加拿大: 'Canada',
  紐西蘭: 'New Zealand',
  温哥华: 'Canada',
  溫哥華: 'Canada',
  英國: 'United Kingdom',
};

/** The country names a draft may use, for these cases, and the data's name for each: built once per list of cases. */
const countryTable = memoizedBy((cases: Dataset['cases']): { re: RegExp; byText: Map<string, string> } => {
  const byText = new Map<string, string>();
  // China, where some arrests happened, is not a country a draft says someone came back from.
  const inData = cases.flatMap((c) => [c.fled?.to, ...c.events.map((e) => e.from)]).filter((c): c is string => Boolean(c) && c !== HOME_COUNTRY);
  for (const c of [...Object.keys(COUNTRY_ZH), ...inData]) byText.set(c, c);
  for (const [english, chinese] of Object.entries(COUNTRY_ZH)) byText.set(chinese, english);
  for (const [alias, c] of Object.entries({ ...ENGLISH_ALIASES, ...CHINESE_ALIASES })) byText.set(alias, c);
  // Longest first, so `United States` wins over `US` and `New York` over `York`.
  const alternatives = [...byText.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return { re: new RegExp(`(?<![A-Za-z])(?:${alternatives})(?![A-Za-z])`, 'g'), byText };
});

/** "New Zealand law enforcement", "US authorities": the country names who helped, not where someone came from. */
const NAMES_AN_AUTHORITY =
  /^\s*(?:law[- ]enforcement|police|authorities|government|officials|agencies|courts?|embassy|side|prosecutors|judges?|immigration)\b|^(?:警方|执法|当局|政府|法院|方面)/i;

export function findCountries(text: string, data: Pick<Dataset, 'cases'>): CountryMention[] {
  const { re, byText } = countryTable(data.cases);
  const out: CountryMention[] = [];
  for (let m = firstMatch(re, text); m !== null; m = nextMatch(re, text, m)) {
    const end = m.index + m[0].length;
    if (!NAMES_AN_AUTHORITY.test(text.slice(end, end + 24))) out.push({ start: m.index, end, country: byText.get(m[0])! });
  }
  return out;
}
