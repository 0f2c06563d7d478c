/**
 * Copy-ready sentences: one sentence a reporter can paste into a story, in
 * newsroom style, with its attribution. Every figure in it is the data's, and
 * the attribution names where each came from: the report (by its author), or
 * the sites of the other reports. Dollar figures state the rate used and
 * whose it is, Reuters-style: `($1 = 6.9081 yuan, ...)`. A sentence says no
 * more than its sources: a country only inferred is left out, a request for
 * an arrest is a request, and a superlative names the years it is among.
 * Words from the data are escaped, as the sentence goes in the message text,
 * where Discord reads Markdown.
 */
import type { Meta, CaseEvent, CaseRecord, SourceList, UsdRate } from '../data/schema.js';
import type { YearTotals, Total } from '../data/yearTotals.js';
import { standingOf } from '../data/superlatives.js';
import type { Dataset } from '../dataset/dataset.js';
import { FIRST_NAMED_YEAR, HAPPENS_IN } from '../data/terms.js';
import { formats } from '../i18n/format/index.js';
import type { Lang } from '../i18n/lang.js';
import { labelsFor } from '../i18n/labels.js';
import { countryInSentence, countryName, eventOutcome, OUTCOME_ZH } from '../i18n/terms.js';
import { PLACE_ZH } from '../data/countries.js';
import { escapeMarkdown } from './markdown.js';
import { siteOf } from './sources.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "according to a Chinese news report by Wang Zhuo and xinhuanet.com". */
export function attribution(sources: readonly SourceList[], meta: Meta, lang: Lang): string {
  const all = sources.flat();
  const report = all.includes('report');
  const sites = [...new Set(all.filter((s) => s !== 'report').map(siteOf))].map(escapeMarkdown);
  const author = meta.report.author ? escapeMarkdown(meta.report.author) : undefined;
  if (lang === 'zh') {
    const named = [report ? (author ? `${author}撰写的中国新闻报道` : '一篇中国新闻报道') : undefined, ...sites].filter(Boolean);
    return `据${named.length > 1 ? `${named.slice(0, -1).join('、')}及${named[named.length - 1]}` : named[0]}`;
  }
  const named = [report ? `a Chinese news report${author ? ` by ${author}` : ''}` : undefined, ...sites].filter((s): s is string => Boolean(s));
  return `according to ${joinEn(named)}`;
}

export function dollarsOf(yuan: number, rate: UsdRate): number {
  return yuan / rate.yuanPerDollar;
}

/** `($1 = 6.9081 yuan, 2019 average: Federal Reserve G.5A)`. */
export function rateNote(rate: UsdRate, year: number, lang: Lang): string {
  const label = escapeMarkdown(rate.label);
  return lang === 'zh' ? `（按1美元兑${rate.yuanPerDollar}元人民币计算，${year}年平均汇率：${label}）` : `($1 = ${rate.yuanPerDollar} yuan, ${year} average: ${label})`;
}

/** `more than 16.74 billion yuan (more than $2.59 billion)`: each rounded the way its qualifier allows. */
export function money(total: Total, usd: UsdRate | undefined, lang: Lang): string {
  const f = formats(lang);
  const yuan = f.yuan(total.value, total.qualifier);
  if (!usd) return yuan;
  const dollars = f.dollars(dollarsOf(total.value, usd), total.qualifier);
  return lang === 'zh' ? `${yuan}（${dollars}）` : `${yuan} (${dollars})`;
}

/** How the year stands among the report's years, when it is first or second on either measure: always with the span. */
function standing(data: Dataset, totals: YearTotals, lang: Lang): string {
  const record = data.yearByNumber.get(totals.year);
  if (!record) return '';
  const t = labelsFor(lang);
  const people = standingOf(data.years, record, 'returned');
  const yuan = standingOf(data.years, record, 'recovered');
  const word = (rank: number): string => t.rankWords[rank - 1] ?? '';
  const top = (rank: number): boolean => rank <= t.rankWords.length;
  const { of, span } = people;
  if (lang === 'zh') {
    const among = `报道所涵盖的${of}年（${span}年）中`;
    if (people.rank === yuan.rank && top(people.rank)) return `，均为${among}${word(people.rank)}`;
    const parts = [top(people.rank) ? `人数为${among}${word(people.rank)}` : '', top(yuan.rank) ? `金额为${among}${word(yuan.rank)}` : ''].filter(Boolean);
    return parts.length > 0 ? `，${parts.join('，')}` : '';
  }
  const years = `of the ${NUMBER_WORDS[of] ?? of} years the report covers (${span})`;
  if (people.rank === yuan.rank && top(people.rank)) return `, both the ${word(people.rank)} ${years}`;
  const parts = [top(people.rank) ? `the ${word(people.rank)} number of fugitives` : '', top(yuan.rank) ? `the ${word(yuan.rank)} amount` : ''].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(' and ')} ${years}` : '';
}

/**
 * "Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan,
 * both the highest of the six years the report covers (2015–2020), according
 * to a Chinese news report by Wang Zhuo."
 */
export function yearSentence(data: Dataset, totals: YearTotals, withUsd: boolean, lang: Lang): string {
  const f = formats(lang);
  const t = labelsFor(lang);
  const usd = withUsd ? totals.usd : undefined;
  const { returned, recovered } = totals;
  const sources = [returned?.source, recovered?.source].filter((s): s is SourceList => Boolean(s));
  const by = attribution(sources, data.meta, lang);
  const period = totals.period ? formats(lang).period(totals.period) : undefined;
  const rate = usd && recovered ? `${lang === 'zh' ? '' : ' '}${rateNote(usd, totals.year, lang)}` : '';
  const operation = t.skyNet(totals.year);
  if (!returned && !recovered) return t.noFullYear(operation);
  if (lang === 'zh') {
    const what = [
      returned ? `追回外逃人员${f.people(returned.value, returned.qualifier)}` : '追回人数未找到公布数据',
      recovered ? `追回赃款${money(recovered, usd, lang)}` : '追赃金额未找到公布数据',
    ].join('，');
    const partial = period ? `（仅${period}，${t.noFullYearPartial}）` : '';
    const subject = totals.year < FIRST_NAMED_YEAR ? operation : `${operation}行动`;
    return `${by}，${subject}${partial}${what}${standing(data, totals, lang)}。${rate}`;
  }
  const people = returned ? `brought back ${f.people(returned.value, returned.qualifier)}` : 'brought back a number of fugitives for which no published figure was found';
  const yuan = recovered ? `recovered ${money(recovered, usd, lang)}` : 'recovered an amount for which no published figure was found';
  // "Sky Net + year" is the name from 2016; 2015's operation is "Sky Net", in its first year.
  const named = totals.year < FIRST_NAMED_YEAR ? `In ${totals.year},${totals.year === FIRST_NAMED_YEAR - 1 ? ' its first year,' : ''} Sky Net` : operation;
  const subject = period ? `In ${period}, ${named}` : named;
  const partial = period ? `; ${t.noFullYearPartial}` : '';
  return `${subject} ${people} and ${yuan}${standing(data, totals, lang)}, ${by}${partial}.${rate}`;
}

/** What happened, said of the person: `where` is ` from Canada` or ` in France`; `to` a country other than China the person was sent to. */
const VERB: Record<Exclude<CaseEvent['type'], 'arrest-requested'>, (where: string, to: string | undefined) => string> = {
  returned: (where) => `returned to China${where}`,
  surrendered: (where) => `returned to China${where} and surrendered`,
  'escorted-back': (where) => `was escorted back to China${where}`,
  deported: (where, to) => (to ? `was deported${where} to ${to}` : `was deported to China${where}`),
  repatriated: (where, to) => (to ? `was repatriated${where} to ${to}` : `was repatriated to China${where}`),
  'forcibly-repatriated': (where) => `was forcibly repatriated to China${where}`,
  'sent-back': (where) => `was sent back to China${where}`,
  extradited: (where, to) => (to ? `was extradited${where} to ${to}` : `was extradited to China${where}`),
  arrested: (where) => `was arrested${where}`,
  'granted-asylum': (where) => `was granted asylum${where}`,
  'assets-confiscated': () => 'had illegal gains confiscated by a Chinese court',
};

function when(date: string, lang: Lang): string {
  if (lang === 'zh') return `于${formats('zh').date(date)}`;
  return `${date.length === 10 ? 'on' : 'in'} ${formats('en').date(date)}`;
}

/** `on 16 November 2016`, or `, as announced on 14 December 2023` when the date is an announcement's (zh: `（2023年12月14日宣布）`). */
function eventWhen(e: CaseEvent, lang: Lang): { before: string; after: string } {
  if (!e.dated) return lang === 'zh' ? { before: when(e.date, lang), after: '' } : { before: '', after: ` ${when(e.date, lang)}` };
  const t = labelsFor(lang);
  return lang === 'zh' ? { before: '', after: `（${t.datedAs[e.dated](formats('zh').date(e.date))}）` } : { before: '', after: `, ${t.datedAs[e.dated](when(e.date, lang))}` };
}

/** Where it happened or they came back from, only where a source states it: ` from Vancouver, Canada`, ` in France`, `自加拿大温哥华`. */
function statedFrom(e: CaseEvent, lang: Lang): string {
  if (!e.from || e.fromInferred) return '';
  const inside = HAPPENS_IN.has(e.type);
  if (lang === 'zh') return `${inside ? '在' : '自'}${countryName(e.from, 'zh')}${e.place ? (PLACE_ZH[e.place] ?? escapeMarkdown(e.place)) : ''}`;
  return ` ${inside ? 'in' : 'from'} ${e.place ? `${escapeMarkdown(e.place)}, ` : ''}${escapeMarkdown(countryInSentence(e.from, 'en'))}`;
}

/**
 * "Yang Xiuzhu (杨秀珠), No. 1 on China's list of 100 most-wanted corruption
 * fugitives, returned to China and surrendered on 16 November 2016 after 13
 * years at large, according to a Chinese news report by Wang Zhuo."
 */
export function caseSentence(c: CaseRecord, meta: Meta, lang: Lang): string {
  const f = formats(lang);
  const t = labelsFor(lang);
  const last = c.events[c.events.length - 1]!;
  const used: SourceList[] = [last.source];
  if (c.chinese) used.push(c.chinese.source);
  const list = c.list100?.onList ? c.list100 : undefined;
  if (list) used.push(list.source);
  const years = c.yearsAtLarge;
  if (years) used.push(years.source);
  if (lang === 'zh') {
    const by = attribution(used, meta, lang);
    const status = list ? (list.rank ? `百名红通人员第${list.rank}号` : '百名红通人员') : '';
    const name = c.chinese ? `${escapeMarkdown(c.chinese.simplified)}（${escapeMarkdown(c.name)}）` : escapeMarkdown(c.name);
    if (last.type === 'arrest-requested') return `${by}，${formats('zh').date(last.date)}，${OUTCOME_ZH[last.type]}${status}${name}；${t.noArrestStated(new Set(used.flat()).size)}。`;
    const after = years ? `，此前外逃${f.qualified(`${years.value}年`, years.qualifier)}` : '';
    const at = eventWhen(last, lang);
    return `${by}，${status}${name}${at.before}${statedFrom(last, lang)}${eventOutcome(last, 'zh')}${at.after}${after}。`;
  }
  const post = c.post ? escapeMarkdown(`${c.post.value.charAt(0).toLowerCase()}${c.post.value.slice(1)}`) : undefined;
  if (c.post) used.push(c.post.source);
  const status = list ? (list.rank ? `No. ${list.rank} on China's list of 100 most-wanted corruption fugitives` : "one of the 100 on China's list of most-wanted corruption fugitives") : undefined;
  const name = c.chinese ? `${escapeMarkdown(c.name)} (${escapeMarkdown(c.chinese.simplified)})` : escapeMarkdown(c.name);
  const described = [name, post, status].filter(Boolean).join(', ');
  const by = attribution(used, meta, lang);
  if (last.type === 'arrest-requested') {
    // A request is not an arrest: China is the subject, the person its object, and the sentence says what is not known.
    return `${when(last.date, lang).replace(/^./, (ch) => ch.toUpperCase())}, China asked foreign law enforcement to arrest and repatriate ${described}, ${by}; ${t.noArrestStated(new Set(used.flat()).size)}.`;
  }
  const after = years ? ` after ${f.qualified(`${years.value} year${years.value === 1 ? '' : 's'}`, years.qualifier)} at large` : '';
  // "Yao Jinqi was extradited", but "Pang Shunxi, former director of ..., was escorted back".
  const to = last.to ? escapeMarkdown(countryInSentence(last.to, 'en')) : undefined;
  return `${described}${post || status ? ',' : ''} ${VERB[last.type](statedFrom(last, lang), to)}${eventWhen(last, lang).after}${after}, ${by}.`;
}
