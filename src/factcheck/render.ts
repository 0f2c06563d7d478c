/**
 * The checker's result as a reader sees it, drawn from the one result object
 * (`FactCheck`): the Discord reply of `/check text:` and of the "Check facts"
 * message command, the "Find cases" reply, and the marked-up draft the
 * terminal prints. Every piece of the draft shown back is stripped of control
 * characters and Markdown-escaped; replies never mention anyone.
 */
import type { CaseRecord, Meta } from '../data/schema.js';
import type { Dataset } from '../dataset/dataset.js';
import type { ReplyFile, Reply } from '../discord/payload.js';
import { LIMITS } from '../discord/limits.js';
import { langOf, type Lang } from '../i18n/lang.js';
import { labelsFor } from '../i18n/labels.js';
import { personName } from '../i18n/names.js';
import { caseSummary } from '../render/caseCard.js';
import { COLOR, reply } from '../render/embed.js';
import { escapeMarkdown, quoteUserText } from '../discord/markdown.js';
import { stripInvisible } from '../discord/controls.js';
import { Citations, REPORT } from '../render/sources.js';
import { describeFact, verdictWords } from './describe.js';
import { countVerdicts, isEmpty, type CheckedClaim, type FactCheck, type Verdict } from './types.js';

export const VERDICT_MARK: Record<Verdict, string> = { consistent: '✅', contradicted: '❌', 'not-in-data': '➖' };

/** Claims listed in a reply; the rest are counted and attached. */
export const CLAIMS_SHOWN = 25;
/** Room for the claim lines in the description, leaving the rest of the 6,000 for people, sources and footer. */
const DESCRIPTION_BUDGET = 3600;
const QUOTE_LENGTH = 60;
export const FULL_LIST_FILE = 'factcheck.txt';
const WHITESPACE_RUN = /\s+/g;

function sourceNote(c: CheckedClaim, citations: Citations, lang: Lang): string {
  const fromReport = c.sources.includes(REPORT) ? ` · ${labelsFor(lang).fc.fromReport}` : '';
  return `${fromReport}${citations.cite(c.sources)}`;
}

/**
 * The draft's words for a claim, short enough for a line: a long case claim
 * runs from a date at the start of its sentence to the verb, so its end is
 * what shows ("…was forcibly repatriated").
 */
function claimWords(c: CheckedClaim): string {
  const text = stripInvisible(c.text).replace(WHITESPACE_RUN, ' ').trim();
  // Counted in characters only when it may be too long: no longer in code units than the quote is always short enough.
  if (c.kind !== 'case' || text.length <= QUOTE_LENGTH) return quoteUserText(text, QUOTE_LENGTH);
  const words = [...text];
  if (words.length <= QUOTE_LENGTH) return quoteUserText(text, QUOTE_LENGTH);
  return `“…${escapeMarkdown(
    words
      .slice(-(QUOTE_LENGTH - 1))
      .join('')
      .trimStart(),
  )}”`;
}

/** `❌ “extradited from Canada” **contradicted**: Xu Chaofan: forcibly repatriated from the United States, 11 July 2018 · the report [1]` */
export function claimLine(c: CheckedClaim, lang: Lang, citations: Citations): string {
  const quote = claimWords(c);
  return `${VERDICT_MARK[c.verdict]} ${quote} **${verdictWords(lang)[c.verdict]}**: ${escapeMarkdown(stripInvisible(describeFact(c.fact, lang)))}${sourceNote(c, citations, lang)}`;
}

/** The same line as plain text, for the attached file and the terminal. */
export function plainClaimLine(c: CheckedClaim, lang: Lang): string {
  const t = labelsFor(lang);
  const sources = c.sources.map((s) => (s === REPORT ? t.fc.fromReport : s)).join('; ');
  return `${VERDICT_MARK[c.verdict]} “${stripInvisible(c.text).replace(WHITESPACE_RUN, ' ')}” ${verdictWords(lang)[c.verdict]}: ${describeFact(c.fact, lang)}${sources ? ` (${sources})` : ''}`;
}

/** Each person the draft names, once, in order of first mention. */
export function namedCases(result: FactCheck, data: Pick<Dataset, 'caseById'>): CaseRecord[] {
  const seen = new Set<string>();
  const out: CaseRecord[] = [];
  for (const p of result.people) {
    const record = data.caseById.get(p.case);
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      out.push(record);
    }
  }
  return out;
}

function fullList(result: FactCheck, lang: Lang): ReplyFile {
  const t = labelsFor(lang);
  const text = [t.fc.fileHeader(result.claims.length), '', ...result.claims.map((c, i) => `${i + 1}. ${plainClaimLine(c, lang)}`), ''].join('\n');
  return { name: FULL_LIST_FILE, data: new TextEncoder().encode(text), contentType: 'text/plain; charset=utf-8' };
}

/**
 * The reply to `/check text:` and "Check facts": a summary, the claims (the
 * first 25, or fewer if they would not fit; the full list attached when any
 * are left out), the people named, and the addresses of other reports cited.
 */
export function renderCheck(result: FactCheck, data: Pick<Dataset, 'caseById'> & { meta: Meta }, locale: string | undefined): Reply {
  const lang = langOf(locale);
  const t = labelsFor(lang);
  if (isEmpty(result)) return reply({ content: t.fc.nothing });
  const counts = countVerdicts(result);
  const citations = new Citations();
  const lines: string[] = [];
  let used = 0;
  for (const c of result.claims.slice(0, CLAIMS_SHOWN)) {
    const line = claimLine(c, lang, citations);
    if (used + line.length + 1 > DESCRIPTION_BUDGET) break;
    lines.push(line);
    used += line.length + 1;
  }
  const left = result.claims.length - lines.length;
  const summary = t.fc.summary(result.claims.length, counts.consistent, counts.contradicted, counts['not-in-data']);
  const people = namedCases(result, data).map((r) => personName(r, lang));
  return reply({
    embeds: [
      {
        title: t.fc.title,
        description: [summary, '', ...lines, ...(left > 0 ? [t.fc.more(left)] : [])].join('\n'),
        color: counts.contradicted > 0 ? COLOR.warn : COLOR.data,
        fields: [
          people.length > 0 && { name: t.fc.people, value: people.map(escapeMarkdown).join(' · ').slice(0, LIMITS.fieldValue) },
          citations.field(t.otherSources),
        ],
        // The footer names exactly the sources of the claims shown (src/render/sources.ts).
        footer: citations.footer(data.meta, t),
      },
    ],
    ...(left > 0 ? { files: [fullList(result, lang)] } : {}),
  });
}

/** The reply to "Find cases": each person the text names, with a one-line summary of the case. */
export function renderFindCases(result: FactCheck, data: Pick<Dataset, 'caseById'> & { meta: Meta }, locale: string | undefined): Reply {
  const lang = langOf(locale);
  const t = labelsFor(lang);
  const records = namedCases(result, data).slice(0, CLAIMS_SHOWN);
  if (records.length === 0) return reply({ content: t.fc.findNone });
  // Each summary shows the case's last event: its sources are the reply's.
  const citations = new Citations();
  const lines = records.map((r) => {
    const last = r.events.at(-1);
    const cite = last ? citations.cite(last.source) : '';
    return `**${escapeMarkdown(personName(r, lang))}** · ${escapeMarkdown(caseSummary(r, lang))}${cite}`;
  });
  return reply({
    embeds: [
      {
        title: t.fc.findTitle,
        description: [t.fc.findCount(records.length), '', ...lines].join('\n'),
        color: COLOR.info,
        fields: [citations.field(t.otherSources)],
        footer: citations.footer(data.meta, t),
      },
    ],
  });
}

/**
 * The draft as the terminal prints it: each claim followed by its mark and
 * number (`2,041 [✅1]`), then the numbered claims with what the data says,
 * then the people named.
 */
export function markDraft(draft: string, result: FactCheck, lang: Lang): string {
  const t = labelsFor(lang);
  if (isEmpty(result)) return t.fc.nothing;
  const numbered = result.claims.map((c, i) => ({ c, n: i + 1 }));
  let marked = '';
  let at = 0;
  for (const { c, n } of [...numbered].sort((a, b) => a.c.end - b.c.end || a.n - b.n)) {
    marked += `${draft.slice(at, c.end)} [${VERDICT_MARK[c.verdict]}${n}]`;
    at = c.end;
  }
  marked += draft.slice(at);
  const counts = countVerdicts(result);
  const people = result.people.length > 0 ? [``, `${t.fc.people}: ${namedList(result)}`] : [];
  return [
    stripInvisible(marked),
    '',
    t.fc.summary(result.claims.length, counts.consistent, counts.contradicted, counts['not-in-data']),
    ...numbered.map(({ c, n }) => `[${n}] ${plainClaimLine(c, lang)}`),
    ...people,
  ].join('\n');
}

function namedList(result: FactCheck): string {
  const seen = new Map<string, string>();
  for (const p of result.people) if (!seen.has(p.case)) seen.set(p.case, `${p.name} (${p.case})`);
  return [...seen.values()].join(', ');
}
