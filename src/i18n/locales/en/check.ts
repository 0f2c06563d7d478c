/** The English words of /check and the copy desk (/check text:, "Check facts", "Find cases", npm run factcheck). */
import { plural } from '../../format/en.js';

export const enCheck = {
  checkTitle: 'The report’s claims, checked against its own figures',
  checkIntro: (n: number, ok: number, partly: number) =>
    `${ok} of ${n} claims agree with the yearly figures${partly > 0 ? `; ${partly} of the ${n} only partly checked, as they speak of years the data does not have` : ''}. The arithmetic is shown under each.`,
  consistent: 'consistent',
  inconsistent: 'NOT consistent',
  partlyChecked: 'partly checked',
  checkedOver: (checked: string, claimed: string, missing: string) =>
    `The claim speaks of ${claimed}; the data has no figure for ${missing}, so only ${checked} was checked.`,
  claimedSpan: (from: number | undefined, to: number) => (from === undefined ? `every year up to ${to} (“in history”)` : `${from}–${to}`),
  missingBefore: (year: number) => `the years before ${year}`,
  reportSaysQuote: 'The report',
  fc: {
    title: 'Draft checked against the data',
    summary: (n: number, ok: number, bad: number, none: number) =>
      `${plural(n, 'claim')}: ✅ ${ok} consistent · ❌ ${bad} contradicted · ➖ ${none} not in the data`,
    nothing:
      'No figures or names from the data found in this text. The checker reads yearly totals of fugitives returned and money recovered, rises and falls, records, and what happened to the fugitives the data names.',
    verdict: { consistent: 'consistent', contradicted: 'contradicted', 'not-in-data': 'not in the data' },
    data: 'data',
    people: 'Named in the draft',
    more: (n: number) => `…and ${plural(n, 'more claim')}: the full list is in the attached file.`,
    fileHeader: (n: number) => `${plural(n, 'claim')} checked against the data`,
    fromReport: 'the report',
    postToChannel: 'Post to channel',
    findTitle: 'Fugitives named in this text',
    findNone:
      'No fugitive from the data is named in this text. Names are found in pinyin (any spacing or case, with a slip) and in Chinese characters where a source gives them.',
    findCount: (n: number) => `${plural(n, 'person', 'people')} from the data.`,
    // What the data says
    returnedIn: (people: string, when: string) => `${people} returned in ${when}`,
    recoveredIn: (yuan: string, when: string) => `${yuan} recovered in ${when}`,
    sum: (total: string) => `${total} (the report’s yearly figures added up)`,
    figure: (label: string, value: string, year: number | undefined) => `${label}: ${value}${year === undefined ? '' : ` (${year})`}`,
    usd: (yuan: string, year: number, dollars: string, rate: number, rateLabel: string) =>
      `${yuan} recovered in ${year} = ${dollars} at ${rate} yuan per dollar (${rateLabel})`,
    change: (metric: string, year: number, base: number, percent: string) => `${metric}, ${year} on ${base}: ${percent}`,
    average: (metric: string, year: number, from: number, to: number, working: string) =>
      `${metric}, ${year} against the ${from}–${to} yearly average: ${working}`,
    rankTop: (year: number, metric: string, of: number, from: number, to: number) =>
      `${year} is the highest of ${of} years (${from}–${to}) for ${metric.toLowerCase()}`,
    rankBottom: (year: number, metric: string, of: number, from: number, to: number) =>
      `${year} is the lowest of ${of} years (${from}–${to}) for ${metric.toLowerCase()}`,
    rankNth: (year: number, standing: string, lowest: boolean, metric: string, leader: number) =>
      `${year} ranks ${standing} for ${metric.toLowerCase()}${lowest ? ', counted from the lowest' : ''}; ${leader} is ${lowest ? 'lowest' : 'highest'}`,
    caseEvent: (name: string, what: string, date: string) => `${name}: ${what}, ${date}`,
    caseFled: (name: string, to: string | undefined, date: string | undefined) =>
      `${name} fled${to ? ` to ${to}` : ''}${date ? ` in ${date}` : ''}${!to && !date ? ' (the data does not say where or when)' : !to ? ' (the data does not say where to)' : !date ? ' (the data does not say when)' : ''}`,
    noFrom: ' (the data does not say from where)',
    why: {
      'no-year': 'The draft does not say which year (or says "last year" with no date to count from).',
      'no-figure': 'No figure has been published for that year.',
      'no-year-in-data': 'The data has no figures for that year.',
      period: 'A figure for part of a year: the data holds whole years (and 2023 January–November), not this period.',
      'partial-year': 'The data’s figure covers part of the year only:',
      'several-years': 'A figure for several years together or a running total: the data does not hold that total.',
      'lower-bound': 'The source gives a lower bound, which cannot settle this:',
      subset: 'A figure for part of the whole (one operation, one kind of fugitive, one case), which the data does not hold.',
      'ambiguous-year': 'The figure matches another year’s total: which year it is for is unclear. The data for the year read:',
      'ambiguous-metric': 'Unclear whether this is about fugitives or money, and the two give different answers.',
      rounding: 'Too rough to tell at the rounding given. The data:',
      'span-not-covered': 'The data does not have every year of that span (no published figure, or part of a year only):',
      currency: 'The data gives yuan; a dollar figure depends on the exchange rate used.',
      'not-stated': 'The data does not say so. The data:',
      'no-outcome': 'The data does not say what happened.',
    },
  },
};
