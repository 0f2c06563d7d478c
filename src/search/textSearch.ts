/**
 * Search across everything: cases, years and milestones, by any word a
 * reporter might use (a place, a bank, a method such as extradition, a year).
 * Every word of the query must match somewhere in a record (or the best
 * partial matches are returned when nothing matches them all); a word matches
 * exactly, by stem (extradition ~ extradited), as a prefix, or with a typo.
 */
import type { DatasetParts } from '../data/dataset.js';
import type { CaseRecord, Milestone, YearRecord } from '../data/schema.js';
import { OUTCOME_LABEL, OUTCOME_SEARCH_WORDS } from '../data/terms.js';
import { editDistanceWithin } from './editDistance.js';
import { toWords } from './normalize.js';

export type DocKind = 'case' | 'year' | 'milestone';

type DocRef = { kind: 'case'; record: CaseRecord } | { kind: 'year'; record: YearRecord } | { kind: 'milestone'; record: Milestone };

export type TextHit = DocRef & { id: string; score: number };

interface Field {
  text: string | undefined;
  weight: number;
}

interface Doc {
  ref: DocRef;
  id: string;
  /** Best field weight for each token, and for each token's stem. */
  tokens: Map<string, number>;
  stems: Map<string, number>;
  /** Each field as normalised words, to reward the whole query appearing as a phrase. */
  phrases: string[];
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'as', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'was', 'were', 'who', 'with']);
const MAX_WEIGHT = 3;

/** A light English stemmer: enough that extradition, extradited and extradite meet. */
export function stem(word: string): string {
  if (word.length <= 4 || /^\d+$/.test(word)) return word;
  return word.replace(/(ations?|itions?|ions?|ments?|ings?|ed|es|e|s)$/, '');
}

function caseFields(c: CaseRecord): Field[] {
  const places = [c.fled?.to, ...c.events.map((e) => e.from)].filter(Boolean).join(' ');
  const outcomes = c.events.map((e) => `${OUTCOME_LABEL[e.type]} ${OUTCOME_SEARCH_WORDS[e.type].join(' ')}`).join(' ');
  const years = [c.operation, ...c.events.map((e) => e.date.slice(0, 4))].filter(Boolean).join(' ');
  return [
    { text: c.name, weight: 3 },
    { text: c.aliases.join(' | '), weight: 3 },
    { text: c.chinese && `${c.chinese.simplified} ${c.chinese.traditional ?? ''}`, weight: 3 },
    { text: places, weight: 2 },
    { text: c.post?.value, weight: 1.5 },
    { text: outcomes, weight: 1.5 },
    { text: c.list100?.onList ? 'list of 100 red notice' : c.redNotice?.value ? 'red notice' : undefined, weight: 1 },
    { text: [...c.notes.map((n) => n.text), ...c.events.map((e) => e.note ?? '')].join(' | '), weight: 1 },
    { text: years, weight: 1 },
  ];
}

function yearFields(y: YearRecord): Field[] {
  return [
    { text: `Sky Net ${y.year} Skynet ${y.year}`, weight: 3 },
    { text: [...y.figures.map((f) => f.label), ...y.claims.map((c) => c.text)].join(' | '), weight: 1 },
  ];
}

function milestoneFields(m: Milestone): Field[] {
  return [
    { text: m.title, weight: 2 },
    { text: m.date.slice(0, 4), weight: 1.5 },
    { text: [m.detail, ...m.figures.map((f) => f.label)].join(' | '), weight: 1 },
  ];
}

function makeDoc(ref: DocRef, id: string, fields: Field[]): Doc {
  const tokens = new Map<string, number>();
  const stems = new Map<string, number>();
  const phrases: string[] = [];
  for (const { text, weight } of fields) {
    if (!text) continue;
    for (const part of text.split(' | ')) {
      const words = toWords(part);
      if (!words) continue;
      phrases.push(` ${words} `);
      for (const w of words.split(' ')) {
        tokens.set(w, Math.max(tokens.get(w) ?? 0, weight));
        const s = stem(w);
        stems.set(s, Math.max(stems.get(s) ?? 0, weight));
      }
    }
  }
  return { ref, id, tokens, stems, phrases };
}

/** How well one query word matches a document, weighted by the field it matched in; 0 when it does not. */
function wordScore(doc: Doc, word: string): number {
  const exact = doc.tokens.get(word);
  if (exact !== undefined) return exact;
  const wordStem = stem(word);
  let best = 0;
  const stemWeight = doc.stems.get(wordStem);
  if (stemWeight !== undefined && wordStem.length >= 4) best = 0.9 * stemWeight;
  // Short words get no typo allowance: "bank" is one letter from "back".
  const maxTypos = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  for (const [token, weight] of doc.tokens) {
    if (weight * 0.8 <= best) continue;
    if (word.length >= 3 && token.startsWith(word)) best = Math.max(best, 0.8 * weight);
    else if (wordStem.length >= 4 && stem(token).startsWith(wordStem)) best = Math.max(best, 0.8 * weight);
    else if (maxTypos > 0 && !/\d/.test(word) && editDistanceWithin(word, token, maxTypos) !== undefined) best = Math.max(best, 0.6 * weight);
  }
  return best;
}

export class TextIndex {
  private readonly docs: Doc[];

  constructor(parts: Pick<DatasetParts, 'cases' | 'years' | 'milestones'>) {
    this.docs = [
      ...parts.cases.map((c) => makeDoc({ kind: 'case', record: c }, c.id, caseFields(c))),
      ...parts.years.map((y) => makeDoc({ kind: 'year', record: y }, String(y.year), yearFields(y))),
      ...parts.milestones.map((m) => makeDoc({ kind: 'milestone', record: m }, m.id, milestoneFields(m))),
    ];
  }

  /** Hits with a relevance score (higher is better), best first, in a stable order. */
  search(query: string, limit = 30): TextHit[] {
    const all = toWords(query).split(' ').filter(Boolean);
    const words = all.filter((w) => !STOP_WORDS.has(w));
    const used = words.length > 0 ? words : all;
    if (used.length === 0) return [];
    const phrase = ` ${all.join(' ')} `;

    const scored = this.docs.map((doc) => {
      const perWord = used.map((w) => wordScore(doc, w));
      const matched = perWord.filter((s) => s > 0).length;
      const phraseBonus = used.length > 1 && doc.phrases.some((p) => p.includes(phrase)) ? 0.5 : 0;
      const score = perWord.reduce((a, b) => a + b, 0) / (used.length * MAX_WEIGHT) + phraseBonus;
      return { doc, matched, score };
    });
    const everyWord = scored.filter((s) => s.matched === used.length);
    const pool = everyWord.length > 0 ? everyWord : scored.filter((s) => s.matched > 0).map((s) => ({ ...s, score: (s.score * s.matched) / used.length }));
    return pool
      .sort((a, b) => b.score - a.score || a.doc.ref.kind.localeCompare(b.doc.ref.kind) || a.doc.id.localeCompare(b.doc.id))
      .slice(0, limit)
      .map(({ doc, score }): TextHit => ({ ...doc.ref, id: doc.id, score }));
  }
}
