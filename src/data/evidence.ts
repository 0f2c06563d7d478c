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
import { COUNTRY_ZH, HOME_COUNTRY, HOME_COUNTRY_ZH } from './countries.js';
import { REPORT } from './sources.js';
import { MAY_GO_ELSEWHERE } from './terms.js';

/** `…` stands for any words between, within one clause. A wording also matches longer forms of its last word (surrender, surrendered). */
export const OUTCOME_WORDINGS: Record<Outcome, readonly string[]> = {
  returned: ['returned', 'return to China', 'came back', 'brought back', 'back to China', 'persuaded … to return', 'persuaded … to come back', '回国', '劝返'],
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
  // "sent back" is its own outcome: a source that says only that has not said repatriated.
  repatriated: ['repatriate', 'repatriation', '遣返'],
  'forcibly-repatriated': ['forcibly repatriate', 'forced repatriation', '强制遣返'],
  'sent-back': ['sent back', 'sent … back', '遣送'],
  extradited: ['extradite', 'extradition', '引渡'],
  // Caught, wherever: "arrest warrant" is not an arrest, so the English wordings are the past forms.
  arrested: ['arrested', 'caught', 'captured', 'detained', 'seized', 'apprehended', 'into custody', '抓获', '落网', '缉捕归案', '缉拿归案', '被捕'],
  'granted-asylum': ['granted … asylum', 'asylum was granted', '获得庇护'],
  'arrest-requested': ['requested … to arrest', 'asked … to arrest', '请求 … 缉捕', '请求 … 抓捕'],
  'assets-confiscated': ['confiscate', 'confiscation', 'forfeit', '没收'],
};

/** Outcomes whose wording is itself a request: the request check does not apply to them. */
const REQUEST_OUTCOMES: ReadonlySet<Outcome> = new Set(['arrest-requested']);

/** Words that make a clause ask for, plan or expect something rather than say it happened. */
// The English words are ASCII, so \b marks their edges (and the patterns need no Unicode mode, which is slower).
const REQUEST =
  /\b(request[a-z]*|ask(?:s|ed|ing)?|urg[a-z]*|call(?:s|ed)? on|seek[a-z]*|sought|appl(?:y|ies|ied|ication)|demand[a-z]*|expect[a-z]*|plan(?:s|ned)?|intend[a-z]*|hope[sd]?)\b|请求|要求|申请|敦促|督促/i;
/** Modal verbs, lower case only so that the month of May is not one. */
const MODAL = /\b(will|would|may|might|could|shall)\b/;
/** Words that deny what follows them in a clause. */
const NEGATION = /\b(not|never|no|without|failed|refused|yet|nor)\b|未|没有|拒绝|拒不/i;
/** Where a clause ends: a wording and what governs it are read within one. */
const CLAUSE_END = new Set('.;!?,。；！？，');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isEnglish = (s: string): boolean => /^[a-z]/i.test(s);

/** An English wording starts at a word's start and may run on into a longer form (surrender: surrendered); a Chinese one is found anywhere. */
function wordingPattern(wording: string): RegExp {
  const parts = wording.split(' … ').map((p) => escapeRegExp(p).replace(/ /g, '\\s+'));
  const body = parts.join(`[^.;!?,。；！？，]*?`);
  return new RegExp(isEnglish(wording) ? `\\b${body}[a-z]*` : body, 'gi');
}

interface Wording {
  wording: string;
  /** Its first words, lower case: a text without them cannot match, so the pattern is not run (a large folder has 100,000 events). */
  first: string;
  pattern: RegExp;
}

const PATTERNS = new Map<Outcome, readonly Wording[]>(
  (Object.entries(OUTCOME_WORDINGS) as [Outcome, readonly string[]][]).map(([o, list]) => [
    o,
    list.map((w) => ({ wording: w, first: w.split(' … ')[0]!.split(' ')[0]!.toLowerCase(), pattern: wordingPattern(w) })),
  ]),
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
  while (from > 0 && !CLAUSE_END.has(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.has(text[to]!)) to++;
  return { before: text.slice(from, start), whole: text.slice(from, to) };
}

/** Every wording of `outcome` in `text`, each with what refuses it (a request, a negation), if anything. */
export function wordingsIn(text: string, outcome: Outcome): WordingFound[] {
  const out: WordingFound[] = [];
  const lower = text.toLowerCase();
  for (const { wording, first, pattern } of PATTERNS.get(outcome) ?? []) {
    if (!lower.includes(first)) continue;
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

const placePatterns = new Map<string, RegExp>();

/** How a country may be written in evidence: its name, and its name in Chinese. */
function countryPattern(country: string): RegExp {
  let pattern = placePatterns.get(country);
  if (!pattern) {
    pattern = buildCountryPattern(country);
    placePatterns.set(country, pattern);
  }
  return pattern;
}

function buildCountryPattern(country: string): RegExp {
  const forms = [escapeRegExp(country).replace(/ /g, '\\s+')];
  if (country === 'United States') forms.push('U\\.S\\.', 'US', 'USA');
  if (country === 'United Kingdom') forms.push('Britain', 'UK', 'U\\.K\\.');
  const zh = country === HOME_COUNTRY ? HOME_COUNTRY_ZH : COUNTRY_ZH[country];
  const latin = `(?<![A-Za-z])(?:${forms.join('|')})(?![A-Za-z])`;
  return new RegExp(zh ? `${latin}|${escapeRegExp(zh)}` : latin);
}

export function namesPlace(text: string, place: string): boolean {
  return countryPattern(place).test(text);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The evidence as read: its text, and how a problem names it. */
interface ReadEvidence {
  text: string;
  /** `quotes[0]` or the address. */
  where: string;
}

const label = (r: ReadEvidence): string => `${show(r.text)} (${r.where})`;

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
        problems.push({
          file,
          path: `${here}.quote`,
          message: `there is no quotes[${ev.quote}]: the record has ${c.quotes.length} quote${c.quotes.length === 1 ? '' : 's'}`,
        });
        return;
      }
      // Usually the words are as the quote has them; only otherwise are both squashed, as a quote may wrap.
      const verbatim = quote.includes(ev.words);
      const words = verbatim ? ev.words : squash(ev.words);
      if (!verbatim && !squash(quote).includes(words)) {
        problems.push({ file, path: `${here}.words`, message: `${show(ev.words)} is not word for word in quotes[${ev.quote}]` });
        return;
      }
      read.push({ text: words, where: `quotes[${ev.quote}]` });
    } else {
      if (!e.source.includes(ev.source)) {
        problems.push({ file, path: `${here}.source`, message: `"${ev.source}" is not among the event's sources` });
        return;
      }
      read.push({ text: squash(ev.says), where: ev.source });
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
    const evidence = read.map(label).join('; ');
    const message = refused
      ? refused.refused!.kind === 'request'
        ? `"${e.type}" is not what its sources state: "${refused.matched}" in ${label(refused.from)} is only asked for ("${refused.refused!.marker}"), not said to have happened`
        : `"${e.type}" is not what its sources state: "${refused.matched}" in ${label(refused.from)} is negated ("${refused.refused!.marker}")`
      : `"${e.type}" is not what its sources state: none of the words that state it (${wordings}) is in its evidence: ${evidence}`;
    problems.push({ file, path: `${at}.type`, message });
  }
  if (e.from && !e.fromInferred && !read.some((r) => namesPlace(r.text, e.from!))) {
    problems.push({
      file,
      path: `${at}.from`,
      message: `"${e.from}" is not named in the event's evidence (${read.map(label).join('; ')}): give the words that state it, or set "fromInferred" to say why it is an inference`,
    });
  }
  if (e.place && !read.some((r) => namesPlace(r.text, e.place!))) {
    problems.push({ file, path: `${at}.place`, message: `"${e.place}" is not named in the event's evidence` });
  }
  if (e.place && !e.from) problems.push({ file, path: `${at}.place`, message: 'a place needs its country in "from"' });
  if (e.to) {
    if (!MAY_GO_ELSEWHERE.has(e.type))
      problems.push({
        file,
        path: `${at}.to`,
        message: `"to" is a country other than China a person was sent to, by extradition, deportation or repatriation, not "${e.type}"`,
      });
    else if (!read.some((r) => namesPlace(r.text, e.to!))) problems.push({ file, path: `${at}.to`, message: `"${e.to}" is not named in the event's evidence` });
  }
  return problems;
}

/** Every event of every case. */
export function evidenceProblems(cases: readonly CaseRecord[]): DataProblem[] {
  return cases.flatMap((c, i) => c.events.flatMap((e, j) => eventProblems(c, e, `cases[${i}](${c.id}).events[${j}]`)));
}
