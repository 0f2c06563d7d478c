/**
 * How copy words what happened to a fugitive, and what each wording may be
 * checked against.
 *
 * A wording names a *concept* (`extradited`, `arrest-requested`, `returned`
 * in general, …). Each outcome type in the data (src/data/schema/cases.ts `Outcome`)
 * says which concepts it bears out and which it rules out; anything else is
 * not in the data. The table is keyed by outcome names as strings, so the
 * data may gain or change a type (as `arrested-abroad` became
 * `arrest-requested` in issue 9) without a change here: a type the table does not
 * know bears out only its own name and rules out nothing, and a test lists
 * the schema's types the table has no entry for.
 *
 * A request for an arrest is not an arrest: "asked Canada to arrest him"
 * and "was arrested" are different concepts, and neither makes the other
 * true.
 */
import type { Outcome } from '../data/schema.js';
import { firstMatch, nextMatch } from './matches.js';
import { overlaps } from './types.js';

export type Concept =
  | 'returned'
  | 'surrendered'
  | 'escorted-back'
  | 'deported'
  | 'repatriated'
  | 'forcibly-repatriated'
  | 'extradited'
  | 'arrested'
  | 'arrest-requested'
  | 'extradition-requested'
  | 'assets-confiscated'
  | 'fled';

export interface Wording {
  concept: Concept;
  /** English, matched case-insensitively on word boundaries. */
  en: RegExp;
  /** Chinese, matched as written. */
  zh?: RegExp;
}

/**
 * Most specific first: the first wording that matches at a place wins, so
 * "sought his extradition" is a request before it is an extradition, and
 * "forcibly repatriated" is forced before it is repatriated.
 */
export const WORDINGS: readonly Wording[] = [
  {
    concept: 'arrest-requested',
    en: /\b(?:(?:asked|requested|urged|called on|sought|seeking|applied to)\b[^.;]{0,60}?\bto (?:arrest|detain)(?: and (?:repatriate|return|extradite|send back))?|(?:sought|seeking|requested|requesting|asked for|request(?:ed)? for) (?:the |his |her |their )?(?:arrest|detention)|arrest requests?|request(?:ed)? (?:an |the )?arrest|arrest (?:was |were )?requested)\b/i,
    zh: /请求[^。；]{0,20}?(?:缉捕|逮捕|抓捕|拘留)(?:并遣返|并引渡)?|申请[^。；]{0,10}?(?:缉捕|逮捕)(?:并遣返|并引渡)?/,
  },
  {
    concept: 'extradition-requested',
    en: /\b(?:(?:sought|seeking|requested|requesting|asked for|request(?:ed)? for|fighting|fought|contesting|resisting|faces?|facing|pending|awaiting)\b[^.;]{0,20}?\bextradition|extradition (?:request|requests|hearing|hearings|proceedings|treaty|case|bid|battle|fight))\b/i,
    zh: /(?:请求|申请)引渡|引渡(?:请求|申请|条约)/,
  },
  { concept: 'forcibly-repatriated', en: /\b(?:forcibly (?:repatriated|returned|sent back)|forced (?:repatriation|return))\b/i, zh: /强制遣返(?:回国)?/ },
  { concept: 'extradited', en: /\b(?:extradited|extradition)\b/i, zh: /引渡(?:回国)?/ },
  { concept: 'deported', en: /\b(?:deported|deportation|expelled|removed from)\b/i, zh: /驱逐(?:出境|回国)?|遣送出境/ },
  { concept: 'repatriated', en: /\b(?:repatriated|repatriation|sent back)\b/i, zh: /遣返(?:回国)?/ },
  { concept: 'escorted-back', en: /\b(?:escorted back|escorted to china|escorted home)\b/i, zh: /押解回国|押解归案|押回/ },
  {
    concept: 'surrendered',
    en: /\b(?:surrendered|surrendering|surrenders|surrender|turn(?:ed|s|ing)? (?:himself|herself|themselves) in|g[ai]ve (?:himself|herself|themselves) up|giving (?:himself|herself|themselves) up|hand(?:ed)? (?:himself|herself|themselves) over|returned to (?:china )?to vote|persuaded to return)\b/i,
    zh: /回国投案(?:自首)?|投案自首|投案|自首|劝返(?:回国)?/,
  },
  { concept: 'arrested', en: /\b(?:arrested|detained|apprehended|captured|caught|nabbed|taken into custody)\b/i, zh: /被捕|抓获|落网|逮捕|拘留|缉捕/ },
  { concept: 'assets-confiscated', en: /\b(?:confiscated|confiscation|seized|forfeited|forfeiture)\b/i, zh: /没收|查封/ },
  {
    concept: 'fled',
    en: /\b(?:fled|flee|fleeing|absconded|escaped|ran away|went into hiding|hiding|hid|holed up|settled|living)\b/i,
    zh: /外逃|出逃|潜逃|逃往|逃至|藏匿|藏身/,
  },
  {
    concept: 'returned',
    en: /\b(?:returned|brought back|back (?:to|in) china|came back|come back|sent home|went back|repatriate|return(?:s|ing)? (?:from|to china|home)|handed (?:over|back)|turned over|nabbed)\b/i,
    zh: /回国|归国|归案|到案|追回|带回|缉捕归案/,
  },
];

export interface OutcomeRule {
  /** Concepts this type bears out: a draft saying one of them agrees. */
  bearsOut: Concept[];
  /** Concepts this type rules out: a draft saying one of them is contradicted. */
  rulesOut: Concept[];
}

const BROUGHT_BACK: Concept[] = ['returned'];

/**
 * Keyed by the data's outcome names as strings, including ones the schema may
 * gain: an entry the schema does not use is never consulted. What rules what
 * out is kept to the clear cases: an extradition is a court process, a
 * surrender is the fugitive's own act, a forced return is not a surrender. A
 * deportation is a kind of repatriation (copy uses both for Li Huabo). A
 * request for an arrest bears out only the request.
 */
export const OUTCOME_RULES: Record<string, OutcomeRule> = {
  returned: { bearsOut: ['returned'], rulesOut: [] },
  surrendered: { bearsOut: ['surrendered', ...BROUGHT_BACK], rulesOut: ['extradited', 'deported', 'forcibly-repatriated'] },
  'escorted-back': { bearsOut: ['escorted-back', ...BROUGHT_BACK], rulesOut: [] },
  deported: { bearsOut: ['deported', 'repatriated', ...BROUGHT_BACK], rulesOut: ['extradited', 'surrendered'] },
  repatriated: { bearsOut: ['repatriated', ...BROUGHT_BACK], rulesOut: ['extradited', 'surrendered'] },
  'forcibly-repatriated': { bearsOut: ['forcibly-repatriated', 'repatriated', ...BROUGHT_BACK], rulesOut: ['extradited', 'surrendered'] },
  extradited: {
    bearsOut: ['extradited', 'extradition-requested', ...BROUGHT_BACK],
    rulesOut: ['surrendered', 'deported', 'repatriated', 'forcibly-repatriated'],
  },
  // A source's own "sent back" (遣送) is a return, and says no more about how.
  'sent-back': { bearsOut: BROUGHT_BACK, rulesOut: [] },
  // Caught or detained, wherever: it says nothing of a return.
  arrested: { bearsOut: ['arrested'], rulesOut: [] },
  // Allowed to stay abroad, as of then: not a return, and no proof there never was one.
  'granted-asylum': { bearsOut: [], rulesOut: [] },
  'arrest-requested': { bearsOut: ['arrest-requested'], rulesOut: [] },
  'assets-confiscated': { bearsOut: ['assets-confiscated'], rulesOut: [] },
};

/** The rule for a type, or the cautious default for one this table has not met: it bears out its own name only. */
export function ruleFor(type: string): OutcomeRule {
  return OUTCOME_RULES[type] ?? { bearsOut: [type as Concept], rulesOut: [] };
}

/**
 * The rule for an event: its type's, except that a person sent to another
 * country than China (`to`: extradited from Sweden to the United States)
 * bears out no wording, since every one of them reads as a return to China.
 */
export function ruleForEvent(e: { type: string; to?: string }): OutcomeRule {
  return e.to ? { bearsOut: [], rulesOut: [] } : ruleFor(e.type);
}

/** The schema's outcome types that have no entry here (a test keeps this empty). */
export function unknownOutcomes(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => !(o in OUTCOME_RULES));
}

export interface ConceptMention {
  start: number;
  end: number;
  concept: Concept;
}

/** Each wording's patterns (English, then Chinese) made global once, for finding every occurrence. */
const WORDING_SEARCHES: readonly { concept: Concept; pattern: RegExp }[] = WORDINGS.flatMap((w) =>
  [w.en, w.zh]
    .filter((pattern) => pattern !== undefined)
    .map((pattern) => ({ concept: w.concept, pattern: new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`) })),
);

/** Every outcome wording in the text, the most specific where wordings overlap. */
export function findConcepts(text: string): ConceptMention[] {
  const out: ConceptMention[] = [];
  for (const { concept, pattern } of WORDING_SEARCHES) {
    for (let m = firstMatch(pattern, text); m !== null; m = nextMatch(pattern, text, m)) {
      const found: ConceptMention = { start: m.index, end: m.index + m[0].length, concept };
      if (!out.some((o) => overlaps(o, found))) out.push(found);
    }
  }
  return mergeReturns(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

/** How a method joins "returned": "deported back to China", "returned to China and surrendered", "return … from the US to surrender". */
const RETURN_THEN_METHOD = /^[^,.;:]{0,45}?\s(?:and|to)\s+$/i;
const METHOD_THEN_RETURN = /^\s{0,2}$/;
const MERGES: ReadonlySet<Concept> = new Set(['surrendered', 'escorted-back', 'deported', 'repatriated', 'forcibly-repatriated', 'extradited']);

/** One claim for one event: a general "returned" next to the method it names merges into the method. */
function mergeReturns(text: string, list: ConceptMention[]): ConceptMention[] {
  const out: ConceptMention[] = [];
  for (const c of list) {
    const last = out.at(-1);
    if (last) {
      const gap = text.slice(last.end, c.start);
      if (last.concept === 'returned' && MERGES.has(c.concept) && RETURN_THEN_METHOD.test(gap)) {
        out[out.length - 1] = { start: last.start, end: c.end, concept: c.concept };
        continue;
      }
      if (c.concept === 'returned' && MERGES.has(last.concept) && METHOD_THEN_RETURN.test(gap)) {
        out[out.length - 1] = { ...last, end: c.end };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
