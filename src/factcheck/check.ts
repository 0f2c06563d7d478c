/**
 * The copy desk's checker: a draft in, its claims and the people it names
 * out, each claim marked consistent, contradicted or not in the data, with
 * what the data says and where that comes from. Pure: the same draft and
 * data always give the same result, and nothing is read or written.
 *
 * The draft is read sentence by sentence (src/factcheck/text.ts). In each,
 * figures for fugitives returned and money recovered (totals.ts), rises and
 * falls (changes.ts), superlatives (ranks.ts) and what happened to named
 * people (cases.ts) are found and judged. A sentence without a year leans on
 * the year of the paragraph so far, when there was exactly one.
 */
import type { Dataset } from '../dataset/dataset.js';
import { averageClaims, judgeAverage } from './averages.js';
import { caseClaims, judgeCase } from './cases.js';
import { changeClaims, judgeChange } from './changes.js';
import { clausesOf, topicYear, type View } from './context.js';
import { findCountries } from './countries.js';
import { describeFact } from './describe.js';
import { spotPeople } from './names.js';
import { findNumbers } from './numbers.js';
import { findConcepts } from './outcomes.js';
import { judgeRank, rankClaims } from './ranks.js';
import { maskNonCopy, sentences } from './text.js';
import { readTime } from './time.js';
import { figureClaims, judgeFigure, type Judgement } from './totals.js';
import { inside, overlaps, type CheckedClaim, type ClaimKind, type FactCheck, type Span } from './types.js';
import { TOPIC_WORDS } from './words.js';

/** Longer drafts are read up to here: a whole story fits many times over, and the check stays quick. */
export const MAX_DRAFT = 100_000;

function within<T extends Span>(items: readonly T[], s: Span): T[] {
  const out: T[] = [];
  for (const x of items) if (inside(x, s)) out.push(x);
  return out;
}

function anyWithin(items: readonly Span[], s: Span): boolean {
  for (const x of items) if (inside(x, s)) return true;
  return false;
}

/**
 * A draft that reads every table the checker builds for a dataset the first
 * time it checks one (names and their typo index, countries, the data's
 * figures): at 100,000 cases that first check costs about a second.
 */
const PREPARING_DRAFT = 'Sky Net 2019 brought back 2,041 fugitives and 5.42 billion yuan. Xu Chaofan was extradited from Canada. 杨秀珠投案。';

/** Builds the checker's tables for `data` ahead of the first draft, as a serving bot does in the background. */
export function prepareChecker(data: Dataset): void {
  checkDraft(PREPARING_DRAFT, data);
}

const HAN = /\p{Script=Han}/u;

export function checkDraft(draft: string, data: Dataset): FactCheck {
  const text = draft.length > MAX_DRAFT ? draft.slice(0, MAX_DRAFT) : draft;
  const masked = maskNonCopy(text);
  const time = readTime(masked, findNumbers(masked));
  const people = spotPeople(masked, data);
  const concepts = findConcepts(masked);
  const countries = findCountries(masked, data);
  const claims: CheckedClaim[] = [];

  const all = sentences(masked);
  // A paragraph is about the campaign when one of its sentences says so, or names someone from the data.
  const onTopic = new Set(all.filter((s) => TOPIC_WORDS.test(s.text) || anyWithin(people, s)).map((s) => s.paragraph));
  let paragraph = -1;
  let contextYear: number | undefined;
  for (const sentence of all) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      contextYear = undefined;
    }
    const view: View = {
      sentence,
      chinese: HAN.test(sentence.text),
      clauses: clausesOf(sentence),
      years: within(time.years, sentence),
      relatives: within(time.relatives, sentence),
      periods: within(time.periods, sentence),
      figures: within(time.figures, sentence),
      people: within(people, sentence),
      concepts: within(concepts, sentence),
      countries: within(countries, sentence),
      contextYear,
      storyYear: time.storyYear,
    };
    if (onTopic.has(sentence.paragraph)) {
      for (const c of figureClaims(masked, view)) claims.push(checkedClaim(text, c.mention, c.metric, judgeFigure(data, c)));
      for (const c of changeClaims(masked, view)) claims.push(checkedClaim(text, c, 'change', judgeChange(data, c)));
      for (const c of rankClaims(masked, view)) claims.push(checkedClaim(text, c, 'rank', judgeRank(data, c)));
      for (const c of averageClaims(masked, view)) claims.push(checkedClaim(text, c, 'average', judgeAverage(data, c)));
    }
    for (const c of caseClaims(view)) claims.push(checkedClaim(text, c, 'case', judgeCase(data, c)));
    if (view.years.length > 0) contextYear = topicYear(view);
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims: dropOverlaps(claims), people };
}

function overlapsOfItsKind(kept: readonly CheckedClaim[], c: CheckedClaim): boolean {
  for (const o of kept) if (o.kind === c.kind && overlaps(o, c)) return true;
  return false;
}

function checkedClaim(text: string, span: Span, kind: ClaimKind, j: Judgement): CheckedClaim {
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    kind,
    year: j.year,
    verdict: j.verdict,
    data: describeFact(j.fact, 'en'),
    sources: j.sources,
    fact: j.fact,
  };
}

/** One claim per stretch of text: where two readings overlap (a figure that is also a change), the first found stays. */
function dropOverlaps(claims: CheckedClaim[]): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  for (const c of claims) if (!overlapsOfItsKind(out, c)) out.push(c);
  return out;
}
