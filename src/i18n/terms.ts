/**
 * The data's fixed vocabulary in Chinese: outcomes of a case and the
 * countries fugitives fled to. (The English lives in src/data/terms.ts, with
 * the clean-up of the report's machine translation.)
 */
import type { CaseEvent, Outcome } from '../data/schema.js';
import { COUNTRY_ZH, PLACE_ZH } from '../data/countries.js';
import { countryPhrase, fromPhrase, OUTCOME_LABEL, OUTCOME_SHORT } from '../data/terms.js';
import type { Lang } from './lang.js';

export const OUTCOME_ZH: Record<Outcome, string> = {
  returned: '回国',
  surrendered: '回国投案',
  'escorted-back': '被押解回国',
  deported: '被驱逐回国',
  repatriated: '被遣返回国',
  'forcibly-repatriated': '被强制遣返',
  extradited: '被引渡回国',
  'arrest-requested': '中方请求外国执法机构缉捕并遣返',
  'assets-confiscated': '违法所得被没收',
};

/** Short forms for autocomplete choices and filters, where they differ from the label. */
const OUTCOME_SHORT_ZH: Partial<Record<Outcome, string>> = { 'arrest-requested': '请求缉捕遣返' };

export function countryName(country: string, lang: Lang): string {
  return lang === 'zh' ? (COUNTRY_ZH[country] ?? country) : country;
}

/** `the United States` inside an English sentence; the plain name in Chinese. */
export function countryInSentence(country: string, lang: Lang): string {
  return lang === 'zh' ? countryName(country, lang) : countryPhrase(country);
}

export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  return lang === 'zh' ? OUTCOME_ZH[outcome] : OUTCOME_LABEL[outcome];
}

export function outcomeShort(outcome: Outcome, lang: Lang): string {
  return lang === 'zh' ? (OUTCOME_SHORT_ZH[outcome] ?? OUTCOME_ZH[outcome]) : OUTCOME_SHORT[outcome];
}

/**
 * Where the person came back from, as the sources give it: ` from Vancouver,
 * Canada` in English, `自加拿大温哥华` in Chinese; an inferred country is
 * marked so (`自新西兰（推断）`).
 */
export function eventFrom(e: Pick<CaseEvent, 'from' | 'place' | 'fromInferred'>, lang: Lang): string {
  if (lang === 'en') return fromPhrase(e);
  if (!e.from) return '';
  return `自${countryName(e.from, 'zh')}${e.place ? (PLACE_ZH[e.place] ?? e.place) : ''}${e.fromInferred ? '（推断）' : ''}`;
}
