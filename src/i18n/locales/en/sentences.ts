/** Copy-ready sentences in English, newsroom style: the grammar of ../sentenceFacts.ts's facts. */
import { escapeMarkdown } from '../../../discord/markdown.js';
import { FIRST_NAMED_YEAR } from '../../../data/terms.js';
import type { Outcome } from '../../../data/schema.js';
import { EN as EN_FORMATS } from '../../format/en.js';
import { countryInSentence } from '../../terms.js';
import type { CaseFacts, Sentences, YearStanding } from '../sentenceFacts.js';
import { enCases } from './cases.js';
import { joinEn } from './grammar.js';
import { enShared } from './shared.js';
import { enYears } from './years.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** What happened, said of the person: `where` is ` from Canada` or ` in France`; `to` a country other than China the person was sent to. */
const VERB: Record<Exclude<Outcome, 'arrest-requested'>, (where: string, to: string | undefined) => string> = {
  returned: (where) => `returned to China${where}`,
  surrendered: (where) => `returned to China${where} and surrendered`,
  'escorted-back': (where) => `was escorted back to China${where}`,
  deported: (where, to) => (to ? `was deported${where} to ${to}` : `was deported to China${where}`),
  repatriated: (where, to) => (to ? `was repatriated${where} to ${to}` : `was repatriated to China${where}`),
  'forcibly-repatriated': (where) => `was forcibly repatriated to China${where}`,
  'sent-back': (where) => `was sent back to China${where}`,
  extradited: (where, to) => (to ? `was extradited${where} to ${to}` : `was extradited to China${where}`),
  arrested: (where) => `was arrested${where}`,
  'granted-asylum': (where) => `was granted asylum${where}`,
  'assets-confiscated': () => 'had illegal gains confiscated by a Chinese court',
};

/** `, both the highest of the six years the report covers (2015–2020)`, or nothing when the year is neither first nor second. */
function standing(s: YearStanding | undefined): string {
  if (!s) return '';
  const words = enYears.rankWords;
  const top = (rank: number): boolean => rank <= words.length;
  const word = (rank: number): string => words[rank - 1] ?? '';
  const years = `of the ${NUMBER_WORDS[s.of] ?? s.of} years the report covers (${s.span})`;
  if (s.people === s.yuan && top(s.people)) return `, both the ${word(s.people)} ${years}`;
  const parts = [top(s.people) ? `the ${word(s.people)} number of fugitives` : '', top(s.yuan) ? `the ${word(s.yuan)} amount` : ''].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(' and ')} ${years}` : '';
}

function when(date: string): string {
  return `${date.length === 10 ? 'on' : 'in'} ${EN_FORMATS.date(date)}`;
}

/** ` from Vancouver, Canada`, ` in France`. */
function from(f: CaseFacts['from']): string {
  return f ? ` ${f.inside ? 'in' : 'from'} ${f.place ? `${escapeMarkdown(f.place)}, ` : ''}${escapeMarkdown(countryInSentence(f.country, 'en'))}` : '';
}

/** Words a post may start with that are lower case inside a sentence; any other first word (a place, a name) keeps its capital. */
const ROLE_WORDS = new Set([
  'former',
  'deputy',
  'worked',
  'works',
  'controller',
  'co-founder',
  'founder',
  'actual',
  'head',
  'chairman',
  'director',
  'manager',
  'employee',
  'president',
  'vice',
  'general',
  'chief',
  'executive',
  'accountant',
  'cashier',
  'clerk',
  'official',
  'senior',
  'assistant',
  'legal',
  'owner',
  'member',
  'secretary',
  'party',
]);

/** `Former director of …` reads `former director of …` after a name; `Beijing-based accountant` stays as written. */
function inSentence(post: string): string {
  const first = post.split(/\s/, 1)[0]!.toLowerCase();
  return ROLE_WORDS.has(first) ? `${post.charAt(0).toLowerCase()}${post.slice(1)}` : post;
}

/** `, a forum copy (check the original before publishing)`: a sentence resting only on weak pages says so. */
function weak(c: CaseFacts): string {
  return c.weakOnly ? `, a ${c.weakOnly} (check the original before publishing)` : '';
}

export const enSentences: Sentences = {
  according: (report, author, sites) => `according to ${joinEn([...(report ? [`a Chinese news report${author ? ` by ${author}` : ''}`] : []), ...sites])}`,
  rateNote: (yuanPerDollar, year, label) => `($1 = ${yuanPerDollar} yuan, ${year} average: ${label})`,
  withDollars: (yuan, dollars) => `${yuan} (${dollars})`,

  year(y) {
    const people = y.people ? `brought back ${y.people}` : 'brought back a number of fugitives for which no published figure was found';
    const yuan = y.money ? `recovered ${y.money}` : 'recovered an amount for which no published figure was found';
    // "Sky Net + year" is the name from 2016; 2015's operation is "Sky Net", in its first year.
    const named = y.year < FIRST_NAMED_YEAR ? `In ${y.year},${y.year === FIRST_NAMED_YEAR - 1 ? ' its first year,' : ''} Sky Net` : y.operation;
    const subject = y.period ? `In ${y.period}, ${named}` : named;
    const partial = y.period ? `; ${enShared.noFullYearPartial}` : '';
    return `${subject} ${people} and ${yuan}${standing(y.standing)}, ${y.by}${partial}.${y.rate ? ` ${y.rate}` : ''}`;
  },

  case(c) {
    const post = c.post ? inSentence(c.post) : undefined;
    const status = c.list
      ? c.list.rank
        ? `No. ${c.list.rank} on China's list of 100 most-wanted corruption fugitives`
        : "one of the 100 on China's list of most-wanted corruption fugitives"
      : undefined;
    const name = c.chinese ? `${c.name} (${c.chinese})` : c.name;
    const described = [name, post, status].filter(Boolean).join(', ');
    if (c.outcome === 'arrest-requested') {
      // A request is not an arrest: China is the subject, the person its object, and the sentence says what is not known.
      return `${when(c.date).replace(/^./, (ch) => ch.toUpperCase())}, China asked foreign law enforcement to arrest and repatriate ${described}, ${c.by}${weak(c)}; ${enCases.noArrestStated(c.sources)}.`;
    }
    const after = c.yearsAtLarge
      ? ` after ${EN_FORMATS.qualified(`${c.yearsAtLarge.value} year${c.yearsAtLarge.value === 1 ? '' : 's'}`, c.yearsAtLarge.qualifier)} at large`
      : '';
    const at = c.dated ? `, ${enCases.datedAs[c.dated](when(c.date))}` : ` ${when(c.date)}`;
    // "Yao Jinqi was extradited", but "Pang Shunxi, former director of ..., was escorted back".
    return `${described}${post || status ? ',' : ''} ${VERB[c.outcome](from(c.from), c.to && escapeMarkdown(countryInSentence(c.to, 'en')))}${at}${after}, ${c.by}${weak(c)}.`;
  },
};
