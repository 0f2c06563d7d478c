/** The English words about years: /year, /stats, /chart, /compare and /list100. */
import type { Metric } from '../../../data/yearStats.js';
import { EN as EN_FORMATS } from '../../format/en.js';
import type { Qualifier } from '../../../data/schema.js';

export const enYears = {
  /** The first line of /year: `**2,041** fugitives returned and **5.42 billion yuan** recovered.` */
  yearHeadline: (returned: number, recovered: number) =>
    `**${EN_FORMATS.count(returned)}** fugitives returned and **${EN_FORMATS.yuan(recovered)}** recovered.`,
  /** A year offered while typing in /list100: `2017 (5 counts)`. */
  list100YearChoice: (year: number, counts: number) => `${year} (${counts} ${counts === 1 ? 'count' : 'counts'})`,
  /** The money axis of a PNG chart counts in billions of yuan (its label says so). */
  chartYuanUnit: 1e9,
  /** A figure with its qualifier in a table's narrow column: `>16.74 bn`, `~3 bn`. */
  compareQualified: (value: string, qualifier: Qualifier) => `${qualifier === 'more than' ? '>' : '~'}${value}`,
  compareRow: { returned: 'People', recovered: 'Yuan' } as Record<Metric, string>,
  /** A year's headline count of people: `2,041` (the field's name says what is counted). */
  headlineCount: (n: number) => EN_FORMATS.count(n),
  statsFooterComputed: "totals and highest years from the report's yearly figures",
  /** How a figure moved on the year before: `▲ +706 (+52.9%) on 2018`. */
  changeOn: (arrow: string, absolute: string, percent: string | undefined, previousYear: number) =>
    `${arrow} ${absolute}${percent === undefined ? '' : ` (${percent})`} on ${previousYear}`,
  yearNoData: (year: number, covered: string) =>
    `No Sky Net figures for ${year}. The report covers ${covered}; /year also knows later years from other reports.`,
  noPrevious: (year: number) => `No figure for ${year} to compare with`,
  alsoInReport: 'Also in the report',
  reportSays: 'The report says',
  otherReports: 'Other reports on this year',
  agrees: 'the same as the report',
  differs: (report: string) => `the report gives ${report}`,
  toQuote: 'To quote',
  dollars: 'In dollars',
  laterYearTitle: (year: number) => `Sky Net ${year} (from other reports)`,
  partialYear: (period: string) => `${period} only`,
  notRanked: 'Not ranked with the report’s years: the figures come from other reports.',
  yearFooterComputed: 'changes and ranks computed from the report’s yearly figures',
  statsTitle: (covered: string) => `Sky Net in figures, ${covered}`,
  statsHeader: ['Year', 'Returned', 'Yuan'] as readonly string[],
  total: 'Total',
  trend: 'Trend',
  highestOf: (span: string) => `Highest of ${span}`,
  rankWords: ['highest', 'second-highest'] as readonly string[],
  trendAndRecord: (metric: string, span: string) => `${metric}: trend and highest year, ${span}`,
  laterYears: 'Later years (other reports)',
  chartTitle: (metric: string, covered: string) => `Sky Net: ${metric.toLowerCase()}, ${covered}`,
  chartBothTitle: (covered: string) => `Sky Net: fugitives returned and money recovered, ${covered}`,
  chartSubtitle: 'Results of each year’s operation, as the report gives them',
  chartAxisYear: 'Sky Net operation year',
  chartAxis: { returned: 'Fugitives returned (people)', recovered: 'Money recovered (billion yuan)' } as Record<Metric, string>,
  chartSource: (author: string | undefined, file: string, version: string) =>
    `Source: ${author ? `news report by ${author}` : 'news report'} (${file}, machine translation from Chinese) · Sky Net desk bot, data ${version}`,
  chartEmbedTitle: (metric: string) => `Chart: ${metric}`,
  chartAttached: (name: string, width: number, height: number) =>
    `PNG attached (${name}, ${width}×${height}), ready for a story. The text chart below is for phones.`,
  chartNote: 'Later years are not charted: their figures come from other reports and 2023 covers part of the year. See /year year:2021.',
  list100Title: 'The list of 100: how many have been caught or returned, as published',
  list100YearTitle: (year: number) => `The list of 100: counts published for ${year}`,
  list100Intro: (n: number) =>
    `${n} published counts of the 100 red-notice fugitives listed on 22 April 2015. Each is a count as a page gave it; pages word it their own way (returned, caught, seized, brought to justice).`,
  list100Latest: 'Latest published count',
  list100Of100: (count: string, date: string) => `**${count}** of the 100, as of ${date}`,
  list100Disagree: 'Counts that disagree (◀ in the chart)',
  list100Lower: (count: string, date: string, other: string, otherDate: string) => `${date}: ${count}, lower than the ${other} published for ${otherDate}`,
  list100SameDay: (count: string, date: string, other: string) => `${date}: ${count}, where another page gives ${other} for the same date`,
  list100Hint: 'Every count with its pages: `/list100 year:2017`. How the returns break down: `/list100 show:breakdowns`. As a PNG: `/chart metric:list100`.',
  list100NoYear: (year: number, years: string) => `No count of the list of 100 published for ${year} was found. Years with counts: ${years}.`,
  list100Empty: 'The data holds no published count of the list of 100.',
  list100Breakdowns: 'How the returns break down, as published',
  list100Of: (n: number) => ` (of ${n})`,
  list100Footer: (pages: number, version: string) => `${pages} published reports, each in /list100 year:… · data ${version}`,
  list100ChartTitle: 'China’s list of 100 fugitives: how many have been caught or returned',
  list100ChartSubtitle: 'Each point is a count as a report published it; grey points are lower than a count published earlier',
  list100ChartAxis: 'Of the 100 (people)',
  list100ChartX: 'Date of the count',
  list100ChartSource: (pages: number, version: string) => `Sources: ${pages} published reports, each listed by /list100 · Sky Net desk bot, data ${version}`,
  list100ChartNote: 'Counts as each report published them, not a series the bot computed.',
  list100ChartYearly: 'The highest count published in each year (every count: /list100)',
  /** Items of a list within a sentence: `a, b, c`; `a、b、c`. */
  list: (items: readonly string[]) => items.join(', '),
  /** In an autocomplete choice: `No. 4 on list of 100`, `list of 100`. */
  choiceList100: (rank: number | undefined) => (rank ? `No. ${rank} on list of 100` : 'list of 100'),
  /** In an autocomplete choice: `surrendered Dec 2015` (month and year only). */
  choiceOutcome: (outcome: string, date: string) => `${outcome} ${EN_FORMATS.dateShort(date).replace(/^\d+ /, '')}`,
  compareTitle: (a: number, b: number) => `Sky Net: ${a} and ${b} compared`,
  compareChange: 'Change',
  compareSame: 'Pick two different years.',
  compareMissing: (year: number) => `No published totals found for ${year}.`,
  compareNotComputed: (why: string) => `Change not computed: ${why}`,
  comparePartial: (year: number, period: string) => `${year} covers ${period} only`,
  compareLowerBound: (year: number) => `${year}'s figure is a lower bound (“more than”)`,
  compareMixed: 'One year comes from another report; the figures are set side by side as each source gives them.',
};
