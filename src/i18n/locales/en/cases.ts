/** The English words about cases: /case, /cases, /timeline and /search. */
import { FIRST_NAMED_YEAR, type QuirkId, outcomePhrase, type EventPlace } from '../../../data/terms.js';
import type { EventDating } from '../../../data/schema.js';
import { ordinal, plural, EN as EN_FORMATS } from '../../format/en.js';
import { escapeMarkdown } from '../../../discord/markdown.js';
import { countryInSentence, eventFrom, eventOutcome } from '../../terms.js';

export const enCases = {
  /** An event in a list of cases: `extradited from Bulgaria, 30 Nov 2018` (the date given formatted). */
  listEvent: (date: string, e: EventPlace) => `${eventOutcome(e, 'en')}${escapeMarkdown(eventFrom(e, 'en'))}, ${date}`,
  /** A country offered while typing, with its count: `Canada (3 cases)`. */
  countryChoice: (country: string, cases: number) => `${country} (${cases} ${cases === 1 ? 'case' : 'cases'})`,
  /** An outcome offered while typing, with its count. */
  casesCountChoice: (label: string, cases: number) => `${label} (${cases} ${cases === 1 ? 'case' : 'cases'})`,
  /** A case's event in the timeline: `Yang Xiuzhu: returned and surrendered` (the name given escaped). */
  timelineEvent: (name: string, e: EventPlace) => `${name}: ${escapeMarkdown(outcomePhrase(e))}`,
  // The case card and a case's one-line summary
  listStatus: (onList: boolean, rank: number | undefined) =>
    !onList ? 'not on the list of 100' : rank ? `No. ${rank} on the list of 100` : 'on the list of 100',
  redNoticePerson: 'red-notice person',
  /** The list-of-100 field: `Yes, No. 4`. */
  listAnswer: (onList: boolean, rank: number | undefined) => (!onList ? 'No' : rank ? `Yes, No. ${rank}` : 'Yes (rank not given)'),
  listRedNoticeOnly: 'Not stated; under an Interpol red notice',
  /** Between two clauses of a field: `Yes, No. 4; 40th to return`. */
  clause: '; ',
  notTiedToYear: 'Not tied to a Sky Net year in the report',
  yearsCount: (n: number) => `${n} year${n === 1 ? '' : 's'}`,
  /** Where and when someone fled: `To the United States, in 2001`. */
  fledCard: (to: string | undefined, date: string | undefined) =>
    [to ? `To ${countryInSentence(to, 'en')}` : 'Destination not stated', date ? `${date.length === 10 ? 'on' : 'in'} ${EN_FORMATS.date(date)}` : undefined]
      .filter(Boolean)
      .join(', '),
  /** `Chinese name: 黄玉荣 (traditional 黃玉榮)`. */
  chineseName: (simplified: string, traditional: string | undefined) => `Chinese name: ${simplified}${traditional ? ` (traditional ${traditional})` : ''}`,
  /** After a footnote's address: ` (13 April 2016)`, ` (date not shown; forum copy)`. */
  sourceNote: (date: string, weak: string | undefined) => ` (${date}${weak ? `; ${weak}` : ''})`,
  /** An event on the card: `16 November 2016: returned and surrendered from the United States` (escaped). */
  cardEvent: (date: string, e: EventPlace) => escapeMarkdown(`${date}: ${outcomePhrase(e)}`),
  /** An event in a case's one-line summary: `surrendered from the United States, 16 Nov 2016`. */
  summaryEvent: (date: string, e: EventPlace) => `${outcomePhrase(e)}, ${date}`,
  post: 'Former post',
  list100: 'List of 100',
  fled: 'Fled',
  yearsAtLarge: 'Years at large',
  happened: 'What happened',
  operation: 'Operation',
  alsoWritten: 'Also written',
  notes: 'Notes',
  notStated: 'Not stated',
  notStatedBySources: 'Not stated by its sources',
  /** An event's date that is not the day it happened, inside a sentence: `as announced on 14 December 2023`. */
  datedAs: { announced: (when: string) => `as announced ${when}`, reported: (when: string) => `as reported ${when}` } as Record<
    EventDating,
    (when: string) => string
  >,
  /** The same after a date in a list: `14 December 2023 (announced)`. */
  datedMark: { announced: ' (announced)', reported: ' (date of the report)' } as Record<EventDating, string>,
  returnOrder: (n: number) => `the ${ordinal(n)} of the list caught or returned`,
  disagree: 'Sources disagree',
  moreNotes: (n: number) => `…and ${plural(n, 'more note')}: /export what:cases has every one`,
  theReport: '(the report)',
  dateNotShown: 'date not shown',
  weakSource: { forum: 'forum copy', blog: 'blog', summary: 'summary of another report', 'self-media': 'self-published page' } as Record<string, string>,
  pinyinByUs: '-# The pinyin is the desk’s own, from the characters on a Chinese-language page: no published spelling in Latin letters was found.',
  operationFirstYear: (year: number) => `Sky Net in ${year}, its first year (the “Sky Net + year” name began in ${FIRST_NAMED_YEAR})`,
  inferred: (why: string) => `Inferred, not stated: ${why}`,
  translation: 'In the translation',
  quirks: {
    vote: '“returned to China to vote” is a mistranslation of 投案: returned to surrender.',
    submitCase: '“submit the case” and “surrender the case” render 投案: to surrender.',
    redPass: '“hundred red-pass personnel” is the list of 100 red-notice fugitives (“red-pass”: red notice).',
    hongtong: '“Hongtong personnel” (红通人员) means people under a red notice.',
    fledUs: '“had fled the United States” is read as fled to, and stayed in, the United States.',
    jiasiyu: '“Jiasiyu” is Jia Siyu.',
  } as Record<QuirkId, string>,
  noArrestStated: (sources: number) => `${sources === 1 ? 'the source does' : 'the sources do'} not say whether an arrest was made`,
  caseNoMatch: (query: string) => `No case in the data matches ${query}. Try /search, or pick a name while typing.`,
  caseNoCloseTitle: 'No close match',
  caseGone: 'That case is no longer in the data. Try /case with the name.',
  /** A button that opens a case's card: `Yang Xiuzhu: case card`. */
  openCase: (name: string) => `${name}: case card`,
  caseNoClose: (query: string, candidates: string) => `Nothing matches ${query} closely. Did you mean:\n${candidates}`,
  caseAlike: (query: string, n: number, also: string) => `⚠️ ${query} matches ${n} cases; showing the first. Also: ${also}.`,
  caseClosest: (query: string, others: string) => `⚠️ Closest match for ${query}.${others ? ` Other candidates: ${others}.` : ''}`,
  casesTitle: 'Cases',
  casesFilters: { country: 'country', outcome: 'outcome', year: 'year', list100: 'list of 100' },
  casesCount: (n: number, page: number, pages: number) => `${n} ${n === 1 ? 'case' : 'cases'}${pages > 1 ? ` · page ${page} of ${pages}` : ''}`,
  casesNone: 'No case in the data matches these filters. Try fewer filters, or /search.',
  casesUnknownCountry: (typed: string, known: string) => `No case in the data is tied to ${typed}. Countries in the data: ${known}.`,
  casesUnknownOutcome: (typed: string, known: string) => `${typed} is not an outcome in the data. Outcomes: ${known}.`,
  previous: '◀ Previous',
  next: 'Next ▶',
  notYourPages: 'Only the person who ran this /cases can turn its pages. Run /cases yourself to page through the list.',
  pagesExpired: 'These page buttons have stopped working (they last 30 minutes). Run /cases again.',
  fledTo: (country: string) => `fled to ${country}`,
  fledIn: 'fled',
  list100MakeUp: 'The list of 100 (22 April 2015)',
  onList100: 'on the list of 100',
  notOnList100: 'not on the list of 100',
  redNotice: 'red notice',
  timelineTitle: (year?: number): string => (year === undefined ? 'Sky Net timeline' : `Sky Net timeline: ${year}`),
  timelineHint: (all: boolean): string =>
    all
      ? 'The milestones of each year, and how many case events it has: `/timeline year:2018` shows one year, case events by name.'
      : 'Milestones in bold; case events by name.',
  timelineCaseEvents: (n: number, year: number) => `+ ${n} case ${n === 1 ? 'event' : 'events'}: \`/timeline year:${year}\``,
  timelineChoice: (year: number, entries: number) => `${year} (${entries} ${entries === 1 ? 'entry' : 'entries'})`,
  timelineNothing: (year: number, from: number, to: number) => `Nothing in the timeline for ${year}. It covers ${from}–${to}.`,
  searchTitle: (query: string) => `Search: ${query}`,
  searchCount: (n: number) => `${n} ${n === 1 ? 'match' : 'matches'}, best first.`,
  searchGroups: { case: 'Cases', year: 'Years', milestone: 'Milestones' } as Record<string, string>,
  searchHints: { case: 'Details: /case name:…', year: 'Details: /year year:…', milestone: 'All in order: /timeline' } as Record<string, string>,
  searchMore: (n: number) => `…and ${n} more`,
  searchEmpty: 'Type something to search for, e.g. /search query:extradition',
  searchNothing: (query: string) => `Nothing in the data matches ${query}. Try a name, a place, a year, or a method such as extradition.`,
  /** `2019: 2,041 returned, 5.42 billion yuan recovered`: a year offered while typing. */
  yearChoice: (year: number, returned: string, recovered: string) => `${year}: ${returned} returned, ${recovered} recovered`,
  /** A later year offered while typing: what other reports give, or that none was found. */
  laterYearChoice: (year: number, returned: string | null, recovered: string | null, partial: boolean) => {
    const parts = [returned && `${returned} returned`, recovered && `${recovered} recovered`].filter(Boolean);
    return `${year}: ${parts.length > 0 ? parts.join(', ') : 'no published figure found'}${partial ? ' (part of the year)' : ''} (other reports)`;
  },
  yearLine: (operation: string, returned: string, recovered: string) => `**${operation}**: ${returned} returned, ${recovered} recovered`,
};
