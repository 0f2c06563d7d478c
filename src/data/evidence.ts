/**
 * Does an event's type say what its sources say? Each outcome has the words
 * that state it, in English, in the report's own machine-translated phrasing
 * ("returned to China to vote" is 投案, a surrender) and in Chinese. An event
 * names its evidence: for the report, one of the record's quotes and the
 * words in it; for another report, its address and what it states. The check
 * finds a wording of the event's type in that evidence, not negated and not
 * merely asked for: "requested ... to arrest and repatriate" states a
 * request, which is its own outcome (`arrest-requested`), never an arrest.
 *
 * What it cannot do: read another report (the project keeps only the
 * report's text), so for those the editor's summary is what is checked; nor
 * tell who a sentence is about when it names several people.
 */
import type { CaseEvent, CaseRecord, Evidence, Outcome } from './schema.js';
import type { DataProblem } from './problems.js';
import { COUNTRY_ZH } from '../i18n/terms.js';

/** `…` stands for any words between, within one clause. A wording also matches longer forms of its last word (surrender, surrendered). */
export const OUTCOME_WORDINGS: Record<Outcome, readonly string[]> = {
  returned: ['returned', 'return to China', 'came back', 'brought back', 'back to China', '回国'],
  surrendered: [
    'surrender',
    'submit the case',
    'returned to China to vote',
    'turned himself in',
    'turned herself in',
    'turn himself in',
    'turn herself in',
    'gave himself up',
    'gave herself up',
    '投案',
    '自首',
  ],
  'escorted-back': ['escorted back', '押解回国'],
  deported: ['deport', 'deportation', '驱逐'],
  repatriated: ['repatriate', 'repatriation', 'sent back', '遣返'],
  'forcibly-repatriated': ['forcibly repatriate', 'forced repatriation', '强制遣返'],
  extradited: ['extradite', 'extradition', '引渡'],
  'arrest-requested': ['requested … to arrest', 'asked … to arrest', '请求 … 缉捕', '请求 … 抓捕'],
  'assets-confiscated': ['confiscate', 'confiscation', 'forfeit', '没收'],
};

/** Outcomes whose wording is itself a request: the request check does not apply to them. */
const REQUEST_OUTCOMES: ReadonlySet<Outcome> = new Set(['arrest-requested']);

/** Words that make a clause ask for, plan or expect something rather than say it happened. */
const REQUEST = /(?<![\p{L}])(request\p{L}*|ask(?:s|ed|ing)?|urg\p{L}*|call(?:s|ed)? on|seek\p{L}*|sought|appl(?:y|ies|ied|ication)|demand\p{L}*|expect\p{L}*|plan(?:s|ned)?|intend\p{L}*|hope[sd]?)(?![\p{L}])|请求|要求|申请|敦促|督促/iu;
/** Modal verbs, lower case only so that the month of May is not one. */
const MODAL = /(?<![\p{L}])(will|would|may|might|could|shall)(?![\p{L}])/u;
/** Words that deny what follows them in a clause. */
const NEGATION = /(?<![\p{L}])(not|never|no|without|failed|refused|yet|nor)(?![\p{L}])|未|没有|拒绝|拒不/iu;
/** Where a clause ends: a wording and what governs it are read within one. */
const CLAUSE_END = /[.;!?,。；！？，]/u;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWithLetter = (s: string): boolean => /^[\p{Script=Latin}]/u.test(s);

function wordingPattern(wording: string): RegExp {
  const parts = wording.split(' … ').map((p) => escapeRegExp(p).replace(/ /g, '\\s+'));
  const body = parts.join(`[^.;!?,。；！？，]*?`);
  return new RegExp(`${startsWithLetter(wording) ? '(?<![\\p{L}])' : ''}${body}\\p{L}*`, 'giu');
}

const PATTERNS = new Map<Outcome, readonly (readonly [string, RegExp])[]>(
  (Object.entries(OUTCOME_WORDINGS) as [Outcome, readonly string[]][]).map(([o, list]) => [o, list.map((w) => [w, wordingPattern(w)] as const)]),
);

export interface WordingFound {
  wording: string;
  /** The text matched, e.g. `surrendered`. */
  matched: string;
  /** Why it does not count, when it does not. */
  refused?: { kind: 'request' | 'negation'; marker: string };
}

/** The clause of `text` around `[start, end)`. */
function clause(text: string, start: number, end: number): { before: string; whole: string } {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  return { before: text.slice(from, start), whole: text.slice(from, to) };
}

/** Every wording of `outcome` in `text`, each with what refuses it (a request, a negation), if anything. */
export function wordingsIn(text: string, outcome: Outcome): WordingFound[] {
  const out: WordingFound[] = [];
  for (const [wording, pattern] of PATTERNS.get(outcome) ?? []) {
    for (const m of text.matchAll(pattern)) {
      const { before, whole } = clause(text, m.index, m.index + m[0].length);
      const negation = NEGATION.exec(before);
      const request = REQUEST_OUTCOMES.has(outcome) ? null : (REQUEST.exec(whole) ?? MODAL.exec(whole));
      const refused = negation ? { kind: 'negation' as const, marker: negation[0] } : request ? { kind: 'request' as const, marker: request[0] } : undefined;
      out.push({ wording, matched: m[0], ...(refused ? { refused } : {}) });
    }
  }
  return out;
}

/** True when `text` states `outcome`: a wording of it, neither negated nor only asked for. */
export function statesOutcome(text: string, outcome: Outcome): boolean {
  return wordingsIn(text, outcome).some((w) => !w.refused);
}

/** How a country may be written in evidence: its name, and its name in Chinese. */
function countryPattern(country: string): RegExp {
  const forms = [escapeRegExp(country).replace(/ /g, '\\s+')];
  if (country === 'United States') forms.push('U\\.S\\.', 'US(?![\\p{L}])', 'USA');
  const zh = COUNTRY_ZH[country];
  const latin = `(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`;
  return new RegExp(zh ? `${latin}|${escapeRegExp(zh)}` : latin, 'u');
}

export function namesPlace(text: string, place: string): boolean {
  return countryPattern(place).test(text);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const REPORT = 'report';

/** The evidence as read: its text, where it is from, and how a problem names it. */
interface ReadEvidence {
  text: string;
  origin: string;
  label: string;
}

function show(text: string): string {
  return `"${text.length > 90 ? `${text.slice(0, 89)}…` : text}"`;
}

/** Problems with one event's evidence, type, country and place, each pinned to its field. */
export function eventProblems(c: CaseRecord, e: CaseEvent, at: string): DataProblem[] {
  const file = 'cases.json';
  const problems: DataProblem[] = [];
  const read: ReadEvidence[] = [];
  e.evidence.forEach((ev: Evidence, k) => {
    const here = `${at}.evidence[${k}]`;
    if ('quote' in ev) {
      const quote = c.quotes[ev.quote];
      if (quote === undefined) {
        problems.push({ file, path: `${here}.quote`, message: `there is no quotes[${ev.quote}]: the record has ${c.quotes.length} quote${c.quotes.length === 1 ? '' : 's'}` });
        return;
      }
      if (!squash(quote).includes(squash(ev.words))) {
        problems.push({ file, path: `${here}.words`, message: `${show(ev.words)} is not word for word in quotes[${ev.quote}]` });
        return;
      }
      read.push({ text: squash(ev.words), origin: REPORT, label: `${show(squash(ev.words))} (quotes[${ev.quote}])` });
    } else {
      if (!e.source.includes(ev.source)) {
        problems.push({ file, path: `${here}.source`, message: `"${ev.source}" is not among the event's sources` });
        return;
      }
      read.push({ text: squash(ev.says), origin: ev.source, label: `${show(squash(ev.says))} (${ev.source})` });
    }
  });
  // Every source the event names must say something about it: a reply attributes the event to each of them.
  e.source.forEach((s, i) => {
    const has = s === REPORT ? e.evidence.some((ev) => 'quote' in ev) : e.evidence.some((ev) => 'source' in ev && ev.source === s);
    if (!has) {
      const how = s === REPORT ? '{ "quote": <index>, "words": "..." }' : `{ "source": "${s}", "says": "..." }`;
      problems.push({ file, path: `${at}.source[${i}]`, message: `"${s}" is named as a source but the event gives no evidence from it: add ${how}` });
    }
  });
  if (read.length === 0) return problems;

  const found = read.flatMap((r) => wordingsIn(r.text, e.type).map((w) => ({ ...w, from: r })));
  if (!found.some((w) => !w.refused)) {
    const refused = found.find((w) => w.refused);
    const wordings = OUTCOME_WORDINGS[e.type].map((w) => `"${w}"`).join(', ');
    const evidence = read.map((r) => r.label).join('; ');
    const message = refused
      ? refused.refused!.kind === 'request'
        ? `"${e.type}" is not what its sources state: "${refused.matched}" in ${refused.from.label} is only asked for ("${refused.refused!.marker}"), not said to have happened`
        : `"${e.type}" is not what its sources state: "${refused.matched}" in ${refused.from.label} is negated ("${refused.refused!.marker}")`
      : `"${e.type}" is not what its sources state: none of the words that state it (${wordings}) is in its evidence: ${evidence}`;
    problems.push({ file, path: `${at}.type`, message });
  }
  if (e.from && !e.fromInferred && !read.some((r) => namesPlace(r.text, e.from!))) {
    problems.push({
      file,
      path: `${at}.from`,
      message: `"${e.from}" is not named in the event's evidence (${read.map((r) => r.label).join('; ')}): give the words that state it, or set "fromInferred" to say why it is an inference`,
    });
  }
  if (e.place && !read.some((r) => namesPlace(r.text, e.place!))) {
    problems.push({ file, path: `${at}.place`, message: `"${e.place}" is not named in the event's evidence` });
  }
  if (e.place && !e.from) problems.push({ file, path: `${at}.place`, message: 'a place needs its country in "from"' });
  return problems;
}

/** Every event of every case. */
export function evidenceProblems(cases: readonly CaseRecord[]): DataProblem[] {
  return cases.flatMap((c, i) => c.events.flatMap((e, j) => eventProblems(c, e, `cases[${i}](${c.id}).events[${j}]`)));
}
