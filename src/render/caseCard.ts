/**
 * How a fugitive's case reads: the one-line summary used in lists and
 * autocomplete, and the full card for /case. Facts from outside the report
 * carry a footnote number; the report's own words close the card verbatim.
 */
import { WEAK_SOURCE_KINDS, type CaseEvent, type CaseRecord, type Meta, type SourceEntry } from '../data/schema.js';
import { FIRST_NAMED_YEAR, quirksIn, type QuirkId } from '../data/terms.js';
import { COLOR, type EmbedSpec, type FieldSpec } from './embed.js';
import { LIMITS } from '../discord/limits.js';
import { escapeMarkdown } from '../discord/markdown.js';
import { Citations, quoteBlock } from './sources.js';
import type { Lang } from '../i18n/lang.js';
import { labelsFor, type ReplyLabels } from '../i18n/labels.js';
import { formats } from '../i18n/format/index.js';
import { personName } from '../i18n/names.js';
import { outcomeShort } from '../i18n/terms.js';

/** `Yang Xiuzhu 杨秀珠`, or the name alone where no source gives the characters. */
export function displayName(c: CaseRecord): string {
  return c.chinese ? `${c.name} ${c.chinese.simplified}` : c.name;
}

/** `16 November 2016`, or `14 December 2023 (announced)` when the date is an announcement's or a report's. */
export function eventDate(e: Pick<CaseEvent, 'date' | 'dated'>, lang: Lang, short = false): string {
  const f = formats(lang);
  const date = short ? f.dateShort(e.date) : f.date(e.date);
  return e.dated ? `${date}${labelsFor(lang).datedMark[e.dated]}` : date;
}

/** `No. 1 on the list of 100 · returned and surrendered, 16 Nov 2016`: what a list shows of a case. */
export function caseSummary(c: CaseRecord, lang: Lang = 'en'): string {
  const t = labelsFor(lang);
  const last = c.events[c.events.length - 1];
  const status = c.list100?.onList ? t.listStatus(true, c.list100.rank) : c.redNotice?.value ? t.redNoticePerson : undefined;
  const outcome = last ? t.summaryEvent(eventDate(last, lang, true), last) : undefined;
  return [status, outcome].filter(Boolean).join(' · ');
}

/**
 * Labels already made, per record: autocomplete asks for the same few dozen at
 * every keystroke. Keyed by the record itself, so a reload (new records) starts
 * afresh and the old ones are collected.
 */
const choiceLabels: Record<Lang, WeakMap<CaseRecord, string>> = { en: new WeakMap(), zh: new WeakMap() };

/** `Huang Yurong 黄玉荣 · No. 4 on list of 100 · surrendered Dec 2015`: fits an autocomplete choice (100 characters). */
export function caseChoiceLabel(c: CaseRecord, lang: Lang = 'en'): string {
  const made = choiceLabels[lang];
  let label = made.get(c);
  if (label === undefined) {
    label = choiceLabelOf(c, labelsFor(lang));
    made.set(c, label);
  }
  return label;
}

function choiceLabelOf(c: CaseRecord, t: ReplyLabels): string {
  const last = c.events[c.events.length - 1];
  const status = c.list100?.onList ? t.choiceList100(c.list100.rank) : c.redNotice?.value ? t.redNotice : undefined;
  const outcome = last ? t.choiceOutcome(outcomeShort(last.type, t.lang), last.date) : undefined;
  return [displayName(c), status, outcome].filter(Boolean).join(' · ');
}

function yearsAtLarge(c: CaseRecord, cite: Citations, t: ReplyLabels): string | undefined {
  const y = c.yearsAtLarge;
  if (!y) return undefined;
  return `${formats(t.lang).qualified(t.yearsCount(y.value), y.qualifier)}${cite.cite(y.source)}`;
}

function fledLine(c: CaseRecord, cite: Citations, t: ReplyLabels): string {
  const f = c.fled;
  if (!f || (!f.to && !f.date)) return t.notStated;
  return `${t.fledCard(f.to, f.date)}${cite.cite(f.source)}`;
}

function listLine(c: CaseRecord, cite: Citations, t: ReplyLabels): string {
  const l = c.list100;
  if (!l) return c.redNotice?.value ? `${t.listRedNoticeOnly}${cite.cite(c.redNotice.source)}` : t.notStatedBySources;
  const order = l.returnOrder ? `${t.clause}${t.returnOrder(l.returnOrder.value)}${cite.cite(l.returnOrder.source)}` : '';
  return `${t.listAnswer(l.onList, l.rank)}${cite.cite(l.source)}${order}`;
}

function operationLine(c: CaseRecord, t: ReplyLabels): string | undefined {
  if (c.operation === undefined) return undefined;
  if (c.operation === null) return t.notTiedToYear;
  // "Sky Net + year" is the name from 2016 on; 2015's operation is named as the report names it.
  return c.operation === FIRST_NAMED_YEAR - 1 ? t.operationFirstYear(c.operation) : t.skyNet(c.operation);
}

function eventText(e: CaseEvent, lang: Lang): string {
  return labelsFor(lang).cardEvent(eventDate(e, lang), e);
}

/** The translation's words an event's evidence reads past ("returned to China to vote" is a surrender). */
function eventQuirks(e: CaseEvent): QuirkId[] {
  return quirksIn(e.evidence.flatMap((ev) => ('quote' in ev ? [ev.words] : [])));
}

/** Under an event: its note, why a country is only inferred, and the mistranslations its reading relies on. */
function eventNotes(e: CaseEvent, t: ReplyLabels): string[] {
  return [
    e.note ? escapeMarkdown(e.note) : undefined,
    e.fromInferred ? escapeMarkdown(t.inferred(e.fromInferred)) : undefined,
    ...eventQuirks(e).map((q) => t.quirks[q]),
  ].filter((n): n is string => Boolean(n));
}

export interface CaseCardOptions {
  /** A line above the card, e.g. that the match is uncertain. */
  notice?: string;
  /** The reader's language for the labels; the data's own words stay as written. */
  lang?: Lang;
  /** The source registry: each footnote then gives its report's date and marks a weak page. */
  sources?: ReadonlyMap<string, SourceEntry>;
}

/** After a footnote's address: ` (13 April 2016)`, ` (date not shown; forum copy)`. */
export function sourceDescription(entry: SourceEntry | undefined, t: ReplyLabels): string {
  if (!entry) return '';
  const date = entry.date ? formats(t.lang).date(entry.date) : t.dateNotShown;
  return t.sourceNote(date, WEAK_SOURCE_KINDS.has(entry.kind) ? (t.weakSource[entry.kind] ?? entry.kind) : undefined);
}

/** Where sources disagree, each version with its footnotes: `**Date of return**: 12 November 2016 (the report) · 11 November 2016 [3]`. */
function disagreementLines(c: CaseRecord, cite: Citations, t: ReplyLabels): string {
  return c.disagreements
    .map(
      (d) =>
        `**${escapeMarkdown(d.about)}**: ${d.versions.map((v) => `${escapeMarkdown(v.says)}${v.source.includes('report') ? ` ${t.theReport}` : ''}${cite.cite(v.source)}`).join(' · ')}${d.note ? `\n  ${escapeMarkdown(d.note)}` : ''}`,
    )
    .join('\n');
}

/** What a card may hold in all: Discord's 6,000 for a message's embeds, less a margin for the notice. */
const CARD_BUDGET = LIMITS.embedsTotal - 200;

function specLength(spec: EmbedSpec): number {
  const fields = (spec.fields ?? []).filter((f): f is FieldSpec => Boolean(f));
  return (
    (spec.title?.length ?? 0) + (spec.description?.length ?? 0) + (spec.footer?.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * The card for a case. A case with many facts (a dozen notes, long
 * addresses) could pass Discord's limits, and a cut would lose footnotes:
 * the notes, least needed of its parts, give way first, one at a time from
 * the last, and the card says how many more /export has.
 */
export function caseCard(c: CaseRecord, meta: Meta, options: CaseCardOptions = {}): EmbedSpec {
  for (let keep = c.notes.length; ; keep--) {
    const card = cardWithNotes(c, meta, options, keep);
    const notes = card.fields?.find((f) => f && f.name === labelsFor(options.lang ?? 'en').notes);
    const fits = specLength(card) <= CARD_BUDGET && (!notes || notes.value.length <= LIMITS.fieldValue);
    if (fits || keep === 0) return card;
  }
}

function cardWithNotes(c: CaseRecord, meta: Meta, options: CaseCardOptions, keep: number): EmbedSpec {
  const lang = options.lang ?? 'en';
  const t = labelsFor(lang);
  // A card with the report's words about the case closes with them; one from other reports only names none.
  const cite = c.quotes.length > 0 ? new Citations().useReport() : new Citations();
  const title = personName(c, lang);
  const nameSource = c.chinese ? `${t.chineseName(c.chinese.simplified, c.chinese.traditional)}${cite.cite(c.chinese.source)}` : undefined;
  const spelling = c.pinyinByUs ? t.pinyinByUs : undefined;
  const happened = c.events.map((e) => [`• ${eventText(e, lang)}${cite.cite(e.source)}`, ...eventNotes(e, t).map((n) => `  ${n}`)].join('\n')).join('\n');
  // Other phrases of the translation the card reads past, said once under the quotes.
  const onEvents = new Set(c.events.flatMap((e) => eventQuirks(e)));
  const quirks = quirksIn(c.quotes).filter((q) => !onEvents.has(q));
  const operation = operationLine(c, t);
  const fields: (FieldSpec | undefined)[] = [
    { name: t.post, value: c.post ? `${escapeMarkdown(c.post.value)}${cite.cite(c.post.source)}` : t.notStatedBySources, inline: false },
    { name: t.list100, value: listLine(c, cite, t), inline: true },
    { name: t.fled, value: fledLine(c, cite, t), inline: true },
    { name: t.yearsAtLarge, value: yearsAtLarge(c, cite, t) ?? t.notStated, inline: true },
    { name: t.happened, value: happened },
    operation ? { name: t.operation, value: operation, inline: true } : undefined,
    c.aliases.length > 0 ? { name: t.alsoWritten, value: c.aliases.map((a) => escapeMarkdown(a)).join(', '), inline: true } : undefined,
    c.disagreements.length > 0 ? { name: t.disagree, value: disagreementLines(c, cite, t) } : undefined,
    c.notes.length > 0
      ? {
          name: t.notes,
          value: [
            ...c.notes.slice(0, keep).map((n) => `• ${escapeMarkdown(n.text)}${cite.cite(n.source)}`),
            ...(keep < c.notes.length ? [t.moreNotes(c.notes.length - keep)] : []),
          ].join('\n'),
        }
      : undefined,
    c.quotes.length > 0 ? { name: t.fromReport, value: c.quotes.map(quoteBlock).join('\n') } : undefined,
    quirks.length > 0 ? { name: t.translation, value: quirks.map((q) => `• ${t.quirks[q]}`).join('\n') } : undefined,
  ];
  const description = [options.notice, nameSource, spelling].filter(Boolean).join('\n');
  const registry = options.sources;
  return {
    title,
    ...(description ? { description } : {}),
    color: COLOR.data,
    fields: [...fields, ...cite.fields(t.otherSources, registry ? (a) => sourceDescription(registry.get(a), t) : undefined)],
    footer: cite.footer(meta, t),
  };
}
