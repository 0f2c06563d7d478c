/**
 * The data's fixed vocabulary in Chinese: outcomes of a case and the
 * countries fugitives fled to. (The English lives in src/data/terms.ts, with
 * the clean-up of the report's machine translation.)
 */
import type { CaseEvent, Outcome } from '../data/schema.js';
import { COUNTRY_ZH, HOME_COUNTRY, HOME_COUNTRY_ZH, PLACE_ZH } from '../data/countries.js';
import { countryPhrase, fromPhrase, HAPPENS_IN, OUTCOME_LABEL, OUTCOME_SHORT, outcomeLabelOf, type EventPlace } from '../data/terms.js';
import type { Lang } from './lang.js';

export const OUTCOME_ZH: Record<Outcome, string> = {
  returned: '回国',
  surrendered: '回国投案',
  'escorted-back': '被押解回国',
  deported: '被驱逐回国',
  repatriated: '被遣返回国',
  'forcibly-repatriated': '被强制遣返',
  'sent-back': '被遣送回国',
  extradited: '被引渡回国',
  arrested: '被抓获',
  'granted-asylum': '在境外获得庇护',
  'arrest-requested': '中方请求外国执法机构缉捕并遣返',
  'assets-confiscated': '违法所得被没收',
};

/** The label when the person was sent to another country than China: `被引渡`, not `被引渡回国`. */
const OUTCOME_ZH_ELSEWHERE: Partial<Record<Outcome, string>> = { extradited: '被引渡', deported: '被驱逐', repatriated: '被遣返' };

/** Short forms for autocomplete choices and filters, where they differ from the label. */
const OUTCOME_SHORT_ZH: Partial<Record<Outcome, string>> = { 'arrest-requested': '请求缉捕遣返', 'granted-asylum': '获得庇护' };

export function countryName(country: string, lang: Lang): string {
  if (lang === 'en') return country;
  return country === HOME_COUNTRY ? HOME_COUNTRY_ZH : (COUNTRY_ZH[country] ?? country);
}

/** `the United States` inside an English sentence; the plain name in Chinese. */
export function countryInSentence(country: string, lang: Lang): string {
  return lang === 'zh' ? countryName(country, lang) : countryPhrase(country);
}

export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  return lang === 'zh' ? OUTCOME_ZH[outcome] : OUTCOME_LABEL[outcome];
}

/** An event's outcome: as `outcomeLabel`, but `extradited` / `被引渡至美国` when the person was sent to another country than China. */
export function eventOutcome(e: Pick<CaseEvent, 'type' | 'to'>, lang: Lang): string {
  if (lang === 'en') return outcomeLabelOf(e);
  // In Chinese the destination follows the verb: 被引渡至美国.
  return e.to ? `${OUTCOME_ZH_ELSEWHERE[e.type] ?? OUTCOME_ZH[e.type]}至${countryName(e.to, 'zh')}` : OUTCOME_ZH[e.type];
}

export function outcomeShort(outcome: Outcome, lang: Lang): string {
  return lang === 'zh' ? (OUTCOME_SHORT_ZH[outcome] ?? OUTCOME_ZH[outcome]) : OUTCOME_SHORT[outcome];
}

/**
 * Where the person came back from, as the sources give it: ` from Vancouver,
 * Canada` in English, `自加拿大温哥华` in Chinese; an inferred country is
 * marked so (`自新西兰（推断）`); an arrest abroad is ` in France`, `在法国`.
 */
export function eventFrom(e: EventPlace, lang: Lang): string {
  // English says where they went with where they came from; Chinese puts it after the verb (eventOutcome).
  if (lang === 'en') return fromPhrase(e);
  if (!e.from) return '';
  const where = `${countryName(e.from, 'zh')}${e.place ? (PLACE_ZH[e.place] ?? e.place) : ''}${e.fromInferred ? '（推断）' : ''}`;
  return `${HAPPENS_IN.has(e.type) ? '在' : '自'}${where}`;
}
