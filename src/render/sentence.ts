/**
 * Copy-ready sentences: one sentence a reporter can paste into a story, in
 * newsroom style, with its attribution. Every figure in it is the data's, and
 * the attribution names where each came from: the report (by its author), or
 * the sites of the other reports. Dollar figures state the rate used and
 * whose it is, Reuters-style: `($1 = 6.9081 yuan, ...)`.
 */
import type { Meta, CaseEvent, CaseRecord, SourceList, UsdRate } from '../data/schema.js';
import type { YearTotals, Total } from '../data/yearTotals.js';
import { rankOf, type Metric } from '../data/yearStats.js';
import type { Dataset } from '../data/dataset.js';
import { formatPeriod, formats } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { countryInSentence, countryName, OUTCOME_ZH } from '../i18n/terms.js';
import { formatCount, formatDate } from './format.js';
import { yearsCovered } from './years.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `chinadaily.com.cn` from `chinadaily.com.cn/a/2022...`: how a sentence names a source; the full address is in the reply's footnotes. */
export function siteOf(address: string): string {
  return address.replace(/^https?:\/\//, '').split('/')[0]!.replace(/^www\./, '');
}

function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "according to a Chinese news report by Wang Zhuo and xinhuanet.com". */
export function attribution(sources: readonly SourceList[], meta: Meta, lang: Lang): string {
  const all = sources.flat();
  const report = all.includes('report');
  const sites = [...new Set(all.filter((s) => s !== 'report').map(siteOf))];
  if (lang === 'zh') {
    const named = [report ? (meta.report.author ? `${meta.report.author}撰写的中国新闻报道` : '一篇中国新闻报道') : undefined, ...sites].filter(Boolean);
    return `据${named.length > 1 ? `${named.slice(0, -1).join('、')}及${named[named.length - 1]}` : named[0]}`;
  }
  const named = [report ? `a Chinese news report${meta.report.author ? ` by ${meta.report.author}` : ''}` : undefined, ...sites].filter((s): s is string => Boolean(s));
  return `according to ${joinEn(named)}`;
}

/** `$785 million`: three significant figures, as a conversion at an average rate is approximate anyway. */
export function formatDollars(usd: number): string {
  const [divisor, word] = usd >= 1e9 ? [1e9, 'billion'] : usd >= 1e6 ? [1e6, 'million'] : [1, ''];
  const scaled = usd / divisor;
  const text = divisor === 1 ? formatCount(Math.round(usd)) : String(Number(scaled.toPrecision(3)));
  return `$${text}${word ? ` ${word}` : ''}`;
}

export function formatDollarsZh(usd: number): string {
  return usd >= 1e8 ? `${Number((usd / 1e8).toPrecision(3))}亿美元` : `${Number((usd / 1e4).toPrecision(3))}万美元`;
}

export function dollarsOf(yuan: number, rate: UsdRate): number {
  return yuan / rate.yuanPerDollar;
}

/** `($1 = 6.9081 yuan, 2019 average: Federal Reserve G.5A)`. */
export function rateNote(rate: UsdRate, year: number, lang: Lang): string {
  return lang === 'zh' ? `（按1美元兑${rate.yuanPerDollar}元人民币计算，${year}年平均汇率：${rate.label}）` : `($1 = ${rate.yuanPerDollar} yuan, ${year} average: ${rate.label})`;
}

function rankWord(rank: number, lang: Lang): string {
  if (lang === 'zh') return rank === 1 ? '最高' : '第二高';
  return rank === 1 ? 'highest' : 'second-highest';
}

function qualified(total: Total, text: string, lang: Lang): string {
  if (!total.qualifier) return text;
  if (lang === 'zh') return `${total.qualifier === 'more than' ? '超过' : '约'}${text}`;
  return `${total.qualifier} ${text}`;
}

export function money(total: Total, usd: UsdRate | undefined, lang: Lang): string {
  const f = formats(lang);
  const yuan = qualified(total, f.yuan(total.value), lang);
  if (!usd) return yuan;
  const dollars = dollarsOf(total.value, usd);
  return lang === 'zh' ? `${yuan}（约合${formatDollarsZh(dollars)}）` : `${yuan} (${qualified(total, formatDollars(dollars), lang)})`;
}

/** How the year stands among the report's years, when it is first or second on either measure. */
function standing(data: Dataset, totals: YearTotals, lang: Lang): string {
  const record = data.yearByNumber.get(totals.year);
  if (!record) return '';
  const [people, yuan] = (['returned', 'recovered'] as Metric[]).map((m) => rankOf(data.years, record, m)) as [number, number];
  const n = data.years.length;
  const covered = yearsCovered(data.years);
  if (lang === 'zh') {
    const span = `报道所涵盖的${n}年（${covered}年）中`;
    if (people === yuan && people <= 2) return `，均为${span}${rankWord(people, lang)}`;
    const parts = [people <= 2 ? `人数为${span}${rankWord(people, lang)}` : '', yuan <= 2 ? `金额为${span}${rankWord(yuan, lang)}` : ''].filter(Boolean);
    return parts.length > 0 ? `，${parts.join('，')}` : '';
  }
  const years = `of the ${NUMBER_WORDS[n] ?? n} years the report covers (${covered})`;
  if (people === yuan && people <= 2) return `, both the ${rankWord(people, lang)} ${years}`;
  const parts = [people <= 2 ? `the ${rankWord(people, lang)} number of fugitives` : '', yuan <= 2 ? `the ${rankWord(yuan, lang)} amount` : ''].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(' and ')} ${years}` : '';
}

/**
 * "Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan,
 * both the highest of the six years the report covers (2015–2020), according
 * to a Chinese news report by Wang Zhuo."
 */
export function yearSentence(data: Dataset, totals: YearTotals, withUsd: boolean, lang: Lang): string {
  const f = formats(lang);
  const usd = withUsd ? totals.usd : undefined;
  const { returned, recovered } = totals;
  const sources = [returned?.source, recovered?.source].filter((s): s is SourceList => Boolean(s));
  const by = attribution(sources, data.meta, lang);
  const period = totals.period ? formatPeriod(totals.period, lang) : undefined;
  const rate = usd && recovered ? `${lang === 'zh' ? '' : ' '}${rateNote(usd, totals.year, lang)}` : '';
  if (!returned && !recovered) {
    return lang === 'zh' ? `天网${totals.year}行动没有公布全年数据。` : `No full-year figures for Sky Net ${totals.year} have been published.`;
  }
  if (lang === 'zh') {
    const what = [
      returned ? `追回外逃人员${qualified(returned, f.people(returned.value), lang)}` : '追回人数未公布',
      recovered ? `追回赃款${money(recovered, usd, lang)}` : '追赃金额未公布',
    ].join('，');
    const partial = period ? `（仅${period}，全年数据未公布）` : '';
    return `${by}，天网${totals.year}行动${partial}${what}${standing(data, totals, lang)}。${rate}`;
  }
  const people = returned ? `brought back ${qualified(returned, f.people(returned.value), lang)}` : 'brought back an unpublished number of fugitives';
  const yuan = recovered ? `recovered ${money(recovered, usd, lang)}` : 'recovered an unpublished amount';
  const subject = period ? `In ${period}, Sky Net ${totals.year}` : `Sky Net ${totals.year}`;
  const partial = period ? '; no full-year figure has been published' : '';
  return `${subject} ${people} and ${yuan}${standing(data, totals, lang)}, ${by}${partial}.${rate}`;
}

const VERB: Record<CaseEvent['type'], (from: string) => string> = {
  returned: (from) => `returned to China${from}`,
  surrendered: (from) => `returned to China${from} and surrendered`,
  'escorted-back': (from) => `was escorted back to China${from}`,
  deported: (from) => `was deported to China${from}`,
  repatriated: (from) => `was repatriated to China${from}`,
  'forcibly-repatriated': (from) => `was forcibly repatriated to China${from}`,
  extradited: (from) => `was extradited to China${from}`,
  'arrested-abroad': (from) => `was arrested abroad${from ? ` (${from.trim()})` : ''} at China's request`,
  'assets-confiscated': () => 'had illegal gains confiscated by a Chinese court',
};

function when(date: string, lang: Lang): string {
  if (lang === 'zh') return `于${formats('zh').date(date)}`;
  return `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;
}

/**
 * "Yang Xiuzhu (杨秀珠), No. 1 on China's list of 100 most-wanted corruption
 * fugitives, returned to China and surrendered on 16 November 2016 after 13
 * years at large, according to a Chinese news report by Wang Zhuo."
 */
export function caseSentence(c: CaseRecord, meta: Meta, lang: Lang): string {
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
    const name = c.chinese ? `${c.chinese.simplified}（${c.name}）` : c.name;
    const from = last.from ? `自${countryName(last.from, 'zh')}` : '';
    const after = years ? `，此前外逃${years.qualifier === 'more than' ? '超过' : years.qualifier === 'about' ? '约' : ''}${years.value}年` : '';
    return `${by}，${status}${name}${when(last.date, lang)}${from}${OUTCOME_ZH[last.type]}${after}。`;
  }
  const post = c.post ? `${c.post.value.charAt(0).toLowerCase()}${c.post.value.slice(1)}` : undefined;
  if (c.post) used.push(c.post.source);
  const status = list ? (list.rank ? `No. ${list.rank} on China's list of 100 most-wanted corruption fugitives` : "one of the 100 on China's list of most-wanted corruption fugitives") : undefined;
  const name = c.chinese ? `${c.name} (${c.chinese.simplified})` : c.name;
  const from = last.from ? ` from ${countryInSentence(last.from, 'en')}` : '';
  const after = years ? ` after ${years.qualifier ? `${years.qualifier} ` : ''}${years.value} year${years.value === 1 ? '' : 's'} at large` : '';
  const described = [name, post, status].filter(Boolean).join(', ');
  // "Yao Jinqi was extradited", but "Pang Shunxi, former director of ..., was escorted back".
  return `${described}${post || status ? ',' : ''} ${VERB[last.type](from)} ${when(last.date, lang)}${after}, ${attribution(used, meta, lang)}.`;
}
