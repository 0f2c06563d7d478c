/**
 * Copy-ready sentences: one sentence a reporter can paste into a story, in
 * newsroom style, with its attribution. This module gathers what a sentence
 * states from the data; each language's grammar is in labels
 * (`src/i18n/locales/<lang>/sentences.ts`). Every figure in it is the data's,
 * and the attribution names where each came from: the report (by its
 * author), or the sites of the other reports. Dollar figures state the rate
 * used and whose it is, Reuters-style. A sentence says no more than its
 * sources: a country only inferred is left out, a request for an arrest is a
 * request, and a superlative names the years it is among. Words from the data
 * are escaped, as the sentence goes in the message text, where Discord reads
 * Markdown.
 */
import { WEAK_SOURCE_KINDS, type CaseRecord, type Meta, type SourceEntry, type SourceList, type UsdRate } from '../data/schema.js';
import type { YearTotals, Total } from '../data/yearTotals.js';
import { standingOf } from '../data/superlatives.js';
import { HAPPENS_IN } from '../data/terms.js';
import type { Dataset } from '../dataset/dataset.js';
import { escapeMarkdown } from '../discord/markdown.js';
import { formats } from '../i18n/format/index.js';
import type { Lang } from '../i18n/lang.js';
import { labelsFor } from '../i18n/labels.js';
import type { YearStanding } from '../i18n/locales/sentenceFacts.js';
import { siteOf } from './sources.js';

/** "according to a Chinese news report by Wang Zhuo and xinhuanet.com". */
export function attribution(sources: readonly SourceList[], meta: Meta, lang: Lang): string {
  const all = sources.flat();
  const sites = [...new Set(all.filter((s) => s !== 'report').map(siteOf))].map(escapeMarkdown);
  const author = meta.report.author ? escapeMarkdown(meta.report.author) : undefined;
  return labelsFor(lang).sentences.according(all.includes('report'), author, sites);
}

export function dollarsOf(yuan: number, rate: UsdRate): number {
  return yuan / rate.yuanPerDollar;
}

/** `($1 = 6.9081 yuan, 2019 average: Federal Reserve G.5A)`. */
export function rateNote(rate: UsdRate, year: number, lang: Lang): string {
  return labelsFor(lang).sentences.rateNote(rate.yuanPerDollar, year, escapeMarkdown(rate.label));
}

/** `more than 16.74 billion yuan (more than $2.59 billion)`: each rounded the way its qualifier allows. */
export function money(total: Total, usd: UsdRate | undefined, lang: Lang): string {
  const f = formats(lang);
  const yuan = f.yuan(total.value, total.qualifier);
  return usd ? labelsFor(lang).sentences.withDollars(yuan, f.dollars(dollarsOf(total.value, usd), total.qualifier)) : yuan;
}

/** How the year stands among the report's years, on each measure, with their span; none for a year the report does not give. */
function standing(data: Dataset, totals: YearTotals): YearStanding | undefined {
  const record = data.yearByNumber.get(totals.year);
  if (!record) return undefined;
  const people = standingOf(data.years, record, 'returned');
  const yuan = standingOf(data.years, record, 'recovered');
  return { people: people.rank, yuan: yuan.rank, of: people.of, span: people.span };
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
  const operation = t.skyNet(totals.year);
  if (!returned && !recovered) return t.noFullYear(operation);
  const sources = [returned?.source, recovered?.source].filter((s): s is SourceList => Boolean(s));
  const figures = standing(data, totals);
  return t.sentences.year({
    year: totals.year,
    operation,
    ...(totals.period ? { period: f.period(totals.period) } : {}),
    ...(returned ? { people: f.people(returned.value, returned.qualifier) } : {}),
    ...(recovered ? { money: money(recovered, usd, lang) } : {}),
    ...(figures ? { standing: figures } : {}),
    by: attribution(sources, data.meta, lang),
    ...(usd && recovered ? { rate: rateNote(usd, totals.year, lang) } : {}),
  });
}

/**
 * "Yang Xiuzhu (杨秀珠), No. 1 on China's list of 100 most-wanted corruption
 * fugitives, returned to China and surrendered on 16 November 2016 after 13
 * years at large, according to a Chinese news report by Wang Zhuo."
 */
export function caseSentence(c: CaseRecord, meta: Meta, lang: Lang, registry?: ReadonlyMap<string, SourceEntry>): string {
  const last = c.events[c.events.length - 1]!;
  const used: SourceList[] = [last.source];
  if (c.chinese) used.push(c.chinese.source);
  const list = c.list100?.onList ? c.list100 : undefined;
  if (list) used.push(list.source);
  const years = c.yearsAtLarge;
  if (years) used.push(years.source);
  // The English sentence names the post; the Chinese one does not (a post in English would not read in it).
  const post = lang === 'en' && c.post ? c.post : undefined;
  if (post) used.push(post.source);
  return labelsFor(lang).sentences.case({
    name: escapeMarkdown(c.name),
    ...(c.chinese ? { chinese: escapeMarkdown(c.chinese.simplified) } : {}),
    ...(post ? { post: escapeMarkdown(post.value) } : {}),
    ...(list ? { list: list.rank ? { rank: list.rank } : {} } : {}),
    outcome: last.type,
    date: last.date,
    ...(last.dated ? { dated: last.dated } : {}),
    // A country only inferred is not stated.
    ...(last.from && !last.fromInferred
      ? { from: { country: last.from, ...(last.place ? { place: last.place } : {}), inside: HAPPENS_IN.has(last.type) } }
      : {}),
    ...(last.to ? { to: last.to } : {}),
    ...(years ? { yearsAtLarge: { value: years.value, ...(years.qualifier ? { qualifier: years.qualifier } : {}) } } : {}),
    by: attribution(used, meta, lang),
    sources: new Set(used.flat()).size,
    ...weakOnly(used, registry, lang),
  });
}

/** When every source a sentence rests on is a weak page (and the report is not among them): its kind, worded. */
function weakOnly(used: readonly SourceList[], registry: ReadonlyMap<string, SourceEntry> | undefined, lang: Lang): { weakOnly?: string } {
  const all = [...new Set(used.flat())];
  if (!registry || all.includes('report')) return {};
  const kinds = all.map((s) => registry.get(s)?.kind);
  const first = kinds[0];
  if (!first || !kinds.every((k) => k !== undefined && WEAK_SOURCE_KINDS.has(k))) return {};
  return { weakOnly: labelsFor(lang).weakSource[first] ?? first };
}
