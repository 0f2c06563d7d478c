/**
 * How a fugitive's case reads: the one-line summary used in lists and
 * autocomplete, and the full card for /case. Facts from outside the report
 * carry a footnote number; the report's own words close the card verbatim.
 */
import type { CaseEvent, CaseRecord, Meta } from '../data/schema.js';
import { countryPhrase, OUTCOME_SHORT, outcomePhrase } from '../data/terms.js';
import { COLOR, type EmbedSpec, type FieldSpec } from './embed.js';
import { formatDate, formatDateShort } from './format.js';
import { escapeMarkdown } from './markdown.js';
import { Citations, quoteBlock, reportFooter } from './sources.js';

/** `Yang Xiuzhu 杨秀珠`, or the name alone where no source gives the characters. */
export function displayName(c: CaseRecord): string {
  return c.chinese ? `${c.name} ${c.chinese.simplified}` : c.name;
}

export function listStatus(c: CaseRecord): string | undefined {
  if (!c.list100) return undefined;
  if (!c.list100.onList) return 'not on the list of 100';
  return c.list100.rank ? `No. ${c.list100.rank} on the list of 100` : 'on the list of 100';
}

export function eventLine(e: CaseEvent, short = false): string {
  const when = short ? formatDateShort(e.date) : formatDate(e.date);
  return `${when}: ${outcomePhrase(e)}`;
}

/** `No. 1 on the list of 100 · returned and surrendered, 16 Nov 2016`: what a list shows of a case. */
export function caseSummary(c: CaseRecord): string {
  const last = c.events[c.events.length - 1];
  const status = c.list100?.onList ? listStatus(c) : c.redNotice?.value ? 'red-notice person' : undefined;
  const outcome = last ? `${outcomePhrase(last)}, ${formatDateShort(last.date)}` : undefined;
  return [status, outcome].filter(Boolean).join(' · ');
}

/** `Huang Yurong 黄玉荣 · No. 4 on list of 100 · surrendered Dec 2015`: fits an autocomplete choice (100 characters). */
export function caseChoiceLabel(c: CaseRecord): string {
  const last = c.events[c.events.length - 1];
  const status = c.list100?.onList ? (c.list100.rank ? `No. ${c.list100.rank} on list of 100` : 'list of 100') : c.redNotice?.value ? 'red notice' : undefined;
  const outcome = last ? `${OUTCOME_SHORT[last.type]} ${formatDateShort(last.date).replace(/^\d+ /, '')}` : undefined;
  return [displayName(c), status, outcome].filter(Boolean).join(' · ');
}

function yearsAtLarge(c: CaseRecord, cite: Citations): string | undefined {
  const y = c.yearsAtLarge;
  if (!y) return undefined;
  return `${y.qualifier ? `${y.qualifier} ` : ''}${y.value} year${y.value === 1 ? '' : 's'}${cite.cite(y.source)}`;
}

function fledLine(c: CaseRecord, cite: Citations): string {
  const f = c.fled;
  if (!f || (!f.to && !f.date)) return 'Not stated';
  const parts = [f.to ? `To ${countryPhrase(f.to)}` : 'Destination not stated', f.date ? `${f.date.length === 10 ? 'on' : 'in'} ${formatDate(f.date)}` : undefined].filter(Boolean);
  return `${parts.join(', ')}${cite.cite(f.source)}`;
}

function listLine(c: CaseRecord, cite: Citations): string {
  const l = c.list100;
  if (!l) return c.redNotice?.value ? `Not stated; under an Interpol red notice${cite.cite(c.redNotice.source)}` : 'Not stated in the report';
  const text = !l.onList ? 'No' : l.rank ? `Yes, No. ${l.rank}` : 'Yes (rank not given)';
  return `${text}${cite.cite(l.source)}`;
}

function operationLine(c: CaseRecord): string {
  return c.operation === null ? 'Not tied to a Sky Net year in the report' : `Sky Net ${c.operation}`;
}

export interface CaseCardOptions {
  /** A line above the card, e.g. that the match is uncertain. */
  notice?: string;
}

export function caseCard(c: CaseRecord, meta: Meta, options: CaseCardOptions = {}): EmbedSpec {
  const cite = new Citations();
  const title = displayName(c);
  const nameSource = c.chinese ? `Chinese name: ${c.chinese.simplified}${c.chinese.traditional ? ` (traditional ${c.chinese.traditional})` : ''}${cite.cite(c.chinese.source)}` : undefined;
  const happened = c.events.map((e) => `• ${eventLine(e)}${cite.cite(e.source)}${e.note ? `\n  ${escapeMarkdown(e.note)}` : ''}`).join('\n');
  const fields: (FieldSpec | undefined)[] = [
    { name: 'Former post', value: c.post ? `${escapeMarkdown(c.post.value)}${cite.cite(c.post.source)}` : 'Not given in the report', inline: false },
    { name: 'List of 100', value: listLine(c, cite), inline: true },
    { name: 'Fled', value: fledLine(c, cite), inline: true },
    { name: 'Years at large', value: yearsAtLarge(c, cite) ?? 'Not stated', inline: true },
    { name: 'What happened', value: happened },
    { name: 'Operation', value: operationLine(c), inline: true },
    c.aliases.length > 0 ? { name: 'Also written', value: c.aliases.map((a) => escapeMarkdown(a)).join(', '), inline: true } : undefined,
    c.notes.length > 0 ? { name: 'Notes', value: c.notes.map((n) => `• ${escapeMarkdown(n.text)}${cite.cite(n.source)}`).join('\n') } : undefined,
    { name: 'From the report', value: c.quotes.map(quoteBlock).join('\n') },
  ];
  const description = [options.notice, nameSource].filter(Boolean).join('\n');
  return {
    title,
    ...(description ? { description } : {}),
    color: COLOR.data,
    fields: [...fields, cite.field()],
    footer: reportFooter(meta),
  };
}
