/**
 * Every label a reply shows, in English and in Chinese, in one table: a
 * command asks `labels(ctx.locale)` and never spells a word itself, so a
 * zh-CN reader gets the same reply with Chinese labels. The data's own words
 * (quotes, posts, notes, milestone titles) are not translated: they are the
 * sources' words, shown as written.
 */
import type { Metric } from '../data/yearStats.js';
import { FIRST_NAMED_YEAR, type QuirkId } from '../data/terms.js';
import { EN as EN_FORMATS, plural } from './format/en.js';
import { ZH as ZH_FORMATS } from './format/zh.js';
import { langOf, type Lang } from './lang.js';
import { optionProblemEn, optionProblemZh, type OptionProblem } from './optionProblems.js';

/** The sources a reply used, as its footer names them: the report's file (when used) and the sites of the other reports. */
export interface UsedSources {
  reportFile?: string;
  sites: readonly string[];
}

function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const EN = {
  lang: 'en' as Lang,
  // Shared
  metric: { returned: 'Fugitives returned', recovered: 'Money recovered' } as Record<Metric, string>,
  metricUnit: { returned: 'people', recovered: 'yuan' } as Record<Metric, string>,
  otherSources: 'Other sources',
  fromReport: 'From the report',
  /** The line under a reply: exactly the sources it used. */
  footer: ({ reportFile, sites }: UsedSources, version: string): string => {
    const report = reportFile ? `news report ${reportFile} (machine translation from Chinese)` : undefined;
    const others = sites.length > 0 ? `${joinEn(sites)} (listed above)` : undefined;
    if (!report && !others) return `No source: no published figure was found · data ${version}`;
    return `${report && others ? 'Sources' : others && sites.length > 1 ? 'Sources' : 'Source'}: ${[report, others].filter(Boolean).join('; ')} · data ${version}`;
  },
  /** The operation as the report names it: "Sky Net + year" only from 2016; 2015 was its first year. */
  skyNet: (year: number): string => (year < FIRST_NAMED_YEAR ? `Sky Net in ${year}${year === FIRST_NAMED_YEAR - 1 ? ' (its first year)' : ''}` : `Sky Net ${year}`),
  noPublishedFigure: 'no published figure found',
  noFullYear: (operation: string) => `No published full-year figure for ${operation} was found.`,
  noFullYearPartial: 'no published full-year figure was found',
  yes: 'Yes',
  no: 'No',
  // /year
  yearNoData: (year: number, covered: string) => `No Sky Net figures for ${year}. The report covers ${covered}; /year also knows later years from other reports.`,
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
  // /case
  post: 'Former post',
  list100: 'List of 100',
  fled: 'Fled',
  yearsAtLarge: 'Years at large',
  happened: 'What happened',
  operation: 'Operation',
  alsoWritten: 'Also written',
  notes: 'Notes',
  notStated: 'Not stated',
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
  // /stats
  statsTitle: (covered: string) => `Sky Net in figures, ${covered}`,
  statsHeader: ['Year', 'Returned', 'Yuan'] as readonly string[],
  total: 'Total',
  trend: 'Trend',
  highestOf: (span: string) => `Highest of ${span}`,
  rankWords: ['highest', 'second-highest'] as readonly string[],
  trendAndRecord: (metric: string, span: string) => `${metric}: trend and highest year, ${span}`,
  laterYears: 'Later years (other reports)',
  // /chart
  chartTitle: (metric: string, covered: string) => `Sky Net: ${metric.toLowerCase()}, ${covered}`,
  chartBothTitle: (covered: string) => `Sky Net: fugitives returned and money recovered, ${covered}`,
  chartSubtitle: 'Results of each year’s operation, as the report gives them',
  chartAxisYear: 'Sky Net operation year',
  chartAxis: { returned: 'Fugitives returned (people)', recovered: 'Money recovered (billion yuan)' } as Record<Metric, string>,
  chartSource: (author: string | undefined, file: string, version: string) =>
    `Source: ${author ? `news report by ${author}` : 'news report'} (${file}, machine translation from Chinese) · Sky Net desk bot, data ${version}`,
  chartEmbedTitle: (metric: string) => `Chart: ${metric}`,
  chartAttached: (name: string, width: number, height: number) => `PNG attached (${name}, ${width}×${height}), ready for a story. The text chart below is for phones.`,
  chartNote: 'Later years are not charted: their figures come from other reports and 2023 covers part of the year. See /year year:2021.',
  /** Items of a list within a sentence: `a, b, c`; `a、b、c`. */
  list: (items: readonly string[]) => items.join(', '),
  /** In an autocomplete choice: `No. 4 on list of 100`, `list of 100`. */
  choiceList100: (rank: number | undefined) => (rank ? `No. ${rank} on list of 100` : 'list of 100'),
  /** In an autocomplete choice: `surrendered Dec 2015` (month and year only). */
  choiceOutcome: (outcome: string, date: string) => `${outcome} ${EN_FORMATS.dateShort(date).replace(/^\d+ /, '')}`,
  // /case: when the name is not certain
  caseNoMatch: (query: string) => `No case in the data matches ${query}. Try /search, or pick a name while typing.`,
  caseNoCloseTitle: 'No close match',
  caseGone: 'That case is no longer in the data. Try /case with the name.',
  /** A button that opens a case's card: `Yang Xiuzhu: case card`. */
  openCase: (name: string) => `${name}: case card`,
  caseNoClose: (query: string, candidates: string) => `Nothing matches ${query} closely. Did you mean:\n${candidates}`,
  caseAlike: (query: string, n: number, also: string) => `⚠️ ${query} matches ${n} cases; showing the first. Also: ${also}.`,
  caseClosest: (query: string, others: string) => `⚠️ Closest match for ${query}.${others ? ` Other candidates: ${others}.` : ''}`,
  // The dispatcher's own answers
  noSuchCommand: (name: string) => `There is no command /${name} here. Try /help.`,
  commandFailed: (name: string) => `Sorry, /${name} failed. The error has been logged; please try again.`,
  buttonGone: 'This button no longer works. Run the command again.',
  noTargetMessage: 'This command works on a message: right-click one (or long-press it), then Apps.',
  buttonFailed: (name: string) => `Sorry, that button of /${name} failed. The error has been logged; please run the command again.`,
  somethingWrong: 'Sorry, something went wrong. The error has been logged; please try again.',
  restarting: 'The bot is restarting. Please try again in a moment.',
  cooldown: (seconds: number) => `You're sending commands faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
  optionProblem: (command: string, p: OptionProblem): string => `/${command}: ${optionProblemEn(p)}.`,
  // /export
  exportFileDescription: (what: string, version: string) => `Sky Net ${what}, data ${version}`,
  // /cases
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
  // /compare
  compareTitle: (a: number, b: number) => `Sky Net: ${a} and ${b} compared`,
  compareChange: 'Change',
  compareSame: 'Pick two different years.',
  compareMissing: (year: number) => `No published totals found for ${year}.`,
  compareNotComputed: (why: string) => `Change not computed: ${why}`,
  comparePartial: (year: number, period: string) => `${year} covers ${period} only`,
  compareLowerBound: (year: number) => `${year}'s figure is a lower bound (“more than”)`,
  compareMixed: 'One year comes from another report; the figures are set side by side as each source gives them.',
  // /check
  checkTitle: 'The report’s claims, checked against its own figures',
  checkIntro: (n: number, ok: number, partly: number) =>
    `${ok} of ${n} claims agree with the yearly figures${partly > 0 ? `; ${partly} of the ${n} only partly checked, as they speak of years the data does not have` : ''}. The arithmetic is shown under each.`,
  consistent: 'consistent',
  inconsistent: 'NOT consistent',
  partlyChecked: 'partly checked',
  checkedOver: (checked: string, claimed: string, missing: string) => `The claim speaks of ${claimed}; the data has no figure for ${missing}, so only ${checked} was checked.`,
  claimedSpan: (from: number | undefined, to: number) => (from === undefined ? `every year up to ${to} (“in history”)` : `${from}–${to}`),
  missingBefore: (year: number) => `the years before ${year}`,
  reportSaysQuote: 'The report',
  // /export
  exportTitle: (what: string) => `Export: ${what}`,
  exportWhat: { years: 'years', cases: 'cases', milestones: 'milestones' } as Record<string, string>,
  exportDescription: (rows: number, columns: string) =>
    `${rows} rows as CSV (UTF-8 with a byte-order mark, so spreadsheets show Chinese characters). Columns: ${columns}. Every row names its sources.`,
  exportFooter: (file: string | undefined, others: number, version: string) =>
    `Sources: ${[file ? `news report ${file} (machine translation from Chinese)` : undefined, others > 0 ? `${plural(others, 'other report')}` : undefined].filter(Boolean).join(' and ')}, named in each row · data ${version}`,
  // /timeline
  timelineTitle: (year?: number): string => (year === undefined ? 'Sky Net timeline' : `Sky Net timeline: ${year}`),
  timelineHint: (all: boolean): string => (all ? 'Milestones in bold; case events by name. `/timeline year:2018` for one year.' : 'Milestones in bold; case events by name.'),
  timelineChoice: (year: number, entries: number) => `${year} (${entries} ${entries === 1 ? 'entry' : 'entries'})`,
  timelineNothing: (year: number, from: number, to: number) => `Nothing in the timeline for ${year}. It covers ${from}–${to}.`,
  // /search
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
  // /help
  helpTitle: 'Sky Net desk bot',
  helpIntro:
    'Figures and cases of China\'s "Sky Net" campaign to bring back corruption fugitives and their money, from one news report (a machine translation), with every figure\'s source. On any message, right-click (or long-press), then Apps, for the message commands.',
  helpMessageCommand: (name: string) => `Apps › ${name} (on a message)`,
  helpMessageCommandWhat: {
    'check-facts': 'Checks the message\'s figures and names against the data: ✅ consistent, ❌ contradicted (with the data\'s figure and source), ➖ not in the data. Only you see it, with a button to post it. In the terminal:',
    'find-cases': 'Lists the fugitives the message names, however they are written, each with a button that opens the case. In the terminal:',
  } as Record<string, string>,
  // /about
  aboutTitle: 'About the Sky Net desk bot',
  aboutFields: { data: 'Data', source: 'Source', read: 'How to read it', version: 'Version' } as Record<string, string>,
  aboutData: (years: number, covered: string, cases: number, milestones: number, withCharacters: number, later: number) =>
    [
      `${plural(years, 'year')} of totals (${covered})${later > 0 ? `, and ${plural(later, 'later year')} from other reports, where a figure was published` : ''}`,
      plural(cases, 'named case'),
      plural(milestones, 'milestone'),
      `Chinese characters for ${EN_FORMATS.count(withCharacters)} of the cases, each from a published source`,
    ].join('\n'),
  aboutRead:
    'Every record keeps the report\'s sentence word for word. Facts from other reports carry their address. Terms are cleaned up from the translation: "hundred red-pass personnel" is the list of 100 red-notice fugitives; "returned to China to vote" means returned to surrender.',
  aboutBy: (author: string) => `, by ${author}`,
  // Copy desk: /check text:, the "Check facts" and "Find cases" message commands, npm run factcheck
  fc: {
    title: 'Draft checked against the data',
    summary: (n: number, ok: number, bad: number, none: number) =>
      `${plural(n, 'claim')}: ✅ ${ok} consistent · ❌ ${bad} contradicted · ➖ ${none} not in the data`,
    nothing: 'No figures or names from the data found in this text. The checker reads yearly totals of fugitives returned and money recovered, rises and falls, records, and what happened to the fugitives the data names.',
    verdict: { consistent: 'consistent', contradicted: 'contradicted', 'not-in-data': 'not in the data' },
    data: 'data',
    people: 'Named in the draft',
    more: (n: number) => `…and ${plural(n, 'more claim')}: the full list is in the attached file.`,
    fileHeader: (n: number) => `${plural(n, 'claim')} checked against the data`,
    fromReport: 'the report',
    postToChannel: 'Post to channel',
    findTitle: 'Fugitives named in this text',
    findNone: 'No fugitive from the data is named in this text. Names are found in pinyin (any spacing or case, with a slip) and in Chinese characters where a source gives them.',
    findCount: (n: number) => `${plural(n, 'person', 'people')} from the data.`,
    // What the data says
    returnedIn: (people: string, when: string) => `${people} returned in ${when}`,
    recoveredIn: (yuan: string, when: string) => `${yuan} recovered in ${when}`,
    sum: (total: string) => `${total} (the report’s yearly figures added up)`,
    figure: (label: string, value: string, year: number | undefined) => `${label}: ${value}${year === undefined ? '' : ` (${year})`}`,
    usd: (yuan: string, year: number, dollars: string, rate: number, rateLabel: string) => `${yuan} recovered in ${year} = ${dollars} at ${rate} yuan per dollar (${rateLabel})`,
    change: (metric: string, year: number, base: number, percent: string) => `${metric}, ${year} on ${base}: ${percent}`,
    average: (metric: string, year: number, from: number, to: number, working: string) => `${metric}, ${year} against the ${from}–${to} yearly average: ${working}`,
    rankTop: (year: number, metric: string, of: number, from: number, to: number) => `${year} is the highest of ${of} years (${from}–${to}) for ${metric.toLowerCase()}`,
    rankBottom: (year: number, metric: string, of: number, from: number, to: number) => `${year} is the lowest of ${of} years (${from}–${to}) for ${metric.toLowerCase()}`,
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

type Labels = typeof EN;

const ZH: Labels = {
  lang: 'zh',
  metric: { returned: '追回外逃人员', recovered: '追回赃款' },
  metricUnit: { returned: '人', recovered: '元' },
  otherSources: '其他来源',
  fromReport: '报道原文',
  footer: ({ reportFile, sites }, version) => {
    const report = reportFile ? `新闻报道 ${reportFile}（中文原文的英文机器翻译）` : undefined;
    const others = sites.length > 0 ? `${sites.join('、')}（见上）` : undefined;
    if (!report && !others) return `无来源：未找到已公布的数据 · 数据版本 ${version}`;
    return `来源：${[report, others].filter(Boolean).join('；')} · 数据版本 ${version}`;
  },
  skyNet: (year) => (year < FIRST_NAMED_YEAR ? `${year}年天网行动${year === FIRST_NAMED_YEAR - 1 ? '（首年）' : ''}` : `天网${year}`),
  noPublishedFigure: '未找到公布的数据',
  noFullYear: (operation) => `未找到${operation}已公布的全年数据。`,
  noFullYearPartial: '未找到已公布的全年数据',
  yes: '是',
  no: '否',
  yearNoData: (year, covered) => `没有天网${year}的数据。报道涵盖${covered}年；/year 也可查询其他报道中的后续年份。`,
  noPrevious: (year) => `没有${year}年的数据可供比较`,
  alsoInReport: '报道中的其他数据',
  reportSays: '报道称',
  otherReports: '其他报道中的本年数据',
  agrees: '与报道一致',
  differs: (report) => `报道为${report}`,
  toQuote: '可直接引用',
  dollars: '折合美元',
  laterYearTitle: (year) => `天网${year}（来自其他报道）`,
  partialYear: (period) => `仅${period}`,
  notRanked: '未与报道中的年份一起排名：数据来自其他报道。',
  yearFooterComputed: '同比变化和排名根据报道的年度数据计算',
  post: '原职务',
  list100: '百名红通人员',
  fled: '外逃',
  yearsAtLarge: '外逃年数',
  happened: '经过',
  operation: '行动',
  alsoWritten: '其他写法',
  notes: '备注',
  notStated: '未说明',
  operationFirstYear: (year) => `${year}年天网行动，即天网行动首年（“天网+年份”的名称自${FIRST_NAMED_YEAR}年起使用）`,
  inferred: (why) => `推断，来源未说明：${why}`,
  translation: '译文说明',
  quirks: {
    vote: '译文“returned to China to vote”系误译，原文为“投案”，即回国投案自首。',
    submitCase: '译文“submit the case”“surrender the case”即“投案”（自首）。',
    redPass: '译文“hundred red-pass personnel”即“百名红通人员”（2015年公布的100名红色通缉人员）。',
    hongtong: '译文“Hongtong personnel”即“红通人员”（被发布红色通缉令的人员）。',
    fledUs: '译文“had fled the United States”理解为外逃至美国并滞留美国。',
    jiasiyu: '译文“Jiasiyu”即贾斯语（Jia Siyu）。',
  },
  noArrestStated: () => '来源未说明是否已实施抓捕',
  statsTitle: (covered) => `天网行动数据，${covered}年`,
  statsHeader: ['年份', '追回人数', '追赃'],
  total: '合计',
  trend: '趋势',
  highestOf: (span) => `${span}年中最高`,
  rankWords: ['最高', '第二高'],
  trendAndRecord: (metric, span) => `${metric}：趋势与最高年份（${span}年）`,
  laterYears: '后续年份（其他报道）',
  chartTitle: (metric, covered) => `天网行动：${metric}，${covered}年`,
  chartBothTitle: (covered) => `天网行动：追回外逃人员与追回赃款，${covered}年`,
  chartSubtitle: '各年度行动成果，依据报道所给数据',
  chartAxisYear: '天网行动年份',
  chartAxis: { returned: '追回外逃人员（人）', recovered: '追回赃款（亿元）' },
  chartSource: (author, file, version) => `来源：${author ? `${author}撰写的` : ''}新闻报道（${file}，中文原文的英文机器翻译）· 天网资料机器人，数据版本 ${version}`,
  chartEmbedTitle: (metric) => `图表：${metric}`,
  chartAttached: (name, width, height) => `已附PNG图片（${name}，${width}×${height}），可直接用于报道。下方文字图表供手机查看。`,
  chartNote: '后续年份未列入图表：其数据来自其他报道，且2023年仅为部分月份。请用 /year year:2021 查询。',
  list: (items) => items.join('、'),
  choiceList100: (rank) => (rank ? `百名红通第${rank}号` : '百名红通人员'),
  choiceOutcome: (outcome, date) => `${ZH_FORMATS.date(date.slice(0, 7))}${outcome}`,
  caseNoMatch: (query) => `数据中没有与${query}匹配的案件。请尝试 /search，或在输入时从建议中选择姓名。`,
  caseNoCloseTitle: '没有相近的匹配',
  caseGone: '该案件已不在数据中。请用 /case 按姓名查询。',
  openCase: (name) => `${name}：案件详情`,
  caseNoClose: (query, candidates) => `没有与${query}相近的姓名。您是否要找：\n${candidates}`,
  caseAlike: (query, n, also) => `⚠️ ${query}与${n}个案件匹配；显示第一个。另有：${also}。`,
  caseClosest: (query, others) => `⚠️ 与${query}最接近的匹配。${others ? `其他可能：${others}。` : ''}`,
  noSuchCommand: (name) => `这里没有 /${name} 命令。请使用 /help。`,
  commandFailed: (name) => `抱歉，/${name} 出错了。错误已记录，请重试。`,
  buttonGone: '此按钮已失效。请重新运行命令。',
  noTargetMessage: '此命令作用于一条消息：右键点击（或长按）消息，然后选择“应用”。',
  buttonFailed: (name) => `抱歉，/${name} 的按钮出错了。错误已记录，请重新运行命令。`,
  somethingWrong: '抱歉，出错了。错误已记录，请重试。',
  restarting: '机器人正在重启，请稍后再试。',
  cooldown: (seconds) => `您发送命令太快了。请等待${seconds}秒后再试。`,
  optionProblem: (command, p) => `/${command}：${optionProblemZh(p)}。`,
  exportFileDescription: (what, version) => `天网${what}，数据版本 ${version}`,
  casesTitle: '案件列表',
  casesFilters: { country: '国家', outcome: '结果', year: '年份', list100: '百名红通' },
  casesCount: (n, page, pages) => `共${n}件${pages > 1 ? ` · 第${page}/${pages}页` : ''}`,
  casesNone: '数据中没有符合这些条件的案件。请减少筛选条件，或使用 /search。',
  casesUnknownCountry: (typed, known) => `数据中没有与${typed}相关的案件。数据中的国家：${known}。`,
  casesUnknownOutcome: (typed, known) => `${typed}不是数据中的结果类型。结果类型：${known}。`,
  previous: '◀ 上一页',
  next: '下一页 ▶',
  notYourPages: '只有运行此 /cases 的人可以翻页。请自己运行 /cases 查看列表。',
  pagesExpired: '这些翻页按钮已失效（有效期30分钟）。请重新运行 /cases。',
  fledTo: (country) => `外逃至${country}`,
  fledIn: '外逃',
  list100MakeUp: '百名红通人员名单（2015年4月22日）',
  onList100: '百名红通人员',
  notOnList100: '不在百名红通名单上',
  redNotice: '红色通缉',
  compareTitle: (a, b) => `天网行动：${a}年与${b}年对比`,
  compareChange: '变化',
  compareSame: '请选择两个不同的年份。',
  compareMissing: (year) => `未找到${year}年公布的总数。`,
  compareNotComputed: (why) => `未计算变化：${why}`,
  comparePartial: (year, period) => `${year}年仅涵盖${period}`,
  compareLowerBound: (year) => `${year}年的数字为下限（“超过”）`,
  compareMixed: '其中一年的数据来自其他报道；各数字按来源所给并列显示。',
  checkTitle: '报道中的推论，与其自身数据核对',
  checkIntro: (n, ok, partly) => `${n}项推论中有${ok}项与年度数据相符${partly > 0 ? `；其中${partly}项仅部分核对，因其涉及数据中没有的年份` : ''}。每项下方列出计算过程。`,
  consistent: '相符',
  inconsistent: '不相符',
  partlyChecked: '仅部分核对',
  checkedOver: (checked, claimed, missing) => `该推论涉及${claimed}；数据中没有${missing}的数字，因此只核对了${checked}年。`,
  claimedSpan: (from, to) => (from === undefined ? `${to}年及以前的所有年份（“历史”）` : `${from}–${to}年`),
  missingBefore: (year) => `${year}年以前`,
  reportSaysQuote: '报道原文',
  exportTitle: (what) => `导出：${what}`,
  exportWhat: { years: '年度数据', cases: '案件', milestones: '大事记' },
  exportDescription: (rows, columns) => `${rows}行CSV（带字节顺序标记的UTF-8，电子表格可正确显示中文）。列：${columns}。每行注明来源。`,
  exportFooter: (file, others, version) =>
    `来源：${[file ? `新闻报道 ${file}（中文原文的英文机器翻译）` : undefined, others > 0 ? `另外${others}篇报道` : undefined].filter(Boolean).join('及')}，每行均注明 · 数据版本 ${version}`,
  timelineTitle: (year) => (year === undefined ? '天网行动时间线' : `天网行动时间线：${year}年`),
  timelineHint: (all) => (all ? '粗体为大事记，其余为案件事件。`/timeline year:2018` 查看某一年。' : '粗体为大事记，其余为案件事件。'),
  timelineChoice: (year, entries) => `${year}年（${entries}条）`,
  timelineNothing: (year, from, to) => `时间线中没有${year}年的内容。时间线涵盖${from}–${to}年。`,
  searchTitle: (query) => `搜索：${query}`,
  searchCount: (n) => `${n}项结果，按相关度排序。`,
  searchGroups: { case: '案件', year: '年份', milestone: '大事记' },
  searchHints: { case: '详情：/case name:…', year: '详情：/year year:…', milestone: '按时间查看：/timeline' },
  searchMore: (n) => `……另有${n}项`,
  searchEmpty: '请输入要搜索的内容，例如 /search query:extradition',
  searchNothing: (query) => `数据中没有与${query}匹配的内容。请尝试姓名、地点、年份或引渡等方式。`,
  yearChoice: (year, returned, recovered) => `${year}年：追回${returned}，追赃${recovered}`,
  laterYearChoice: (year, returned, recovered, partial) => {
    const parts = [returned && `追回${returned}`, recovered && `追赃${recovered}`].filter(Boolean);
    return `${year}年：${parts.length > 0 ? parts.join('，') : '未找到公布的数据'}${partial ? '（部分年份）' : ''}（其他报道）`;
  },
  yearLine: (operation, returned, recovered) => `**${operation}**：追回${returned}，追赃${recovered}`,
  helpTitle: '天网资料机器人',
  helpIntro: '中国“天网”行动追逃追赃的数据和案件，来自一篇新闻报道（机器翻译），每个数字都注明来源。在任意消息上右键点击（或长按），选择“应用”，即可使用消息命令。',
  helpMessageCommand: (name) => `应用 › ${name}（作用于消息）`,
  helpMessageCommandWhat: {
    'check-facts': '将消息中的数字和人名与数据核对：✅ 相符，❌ 不符（附数据中的数字和来源），➖ 数据中没有。仅您可见，可用按钮发布到频道。终端中：',
    'find-cases': '列出消息中提到的外逃人员（无论拼写方式），每人附一个按钮打开案件详情。终端中：',
  },
  aboutTitle: '关于天网资料机器人',
  aboutFields: { data: '数据', source: '来源', read: '阅读说明', version: '版本' },
  aboutData: (years, covered, cases, milestones, withCharacters, later) =>
    [
      `${years}个年度的总数（${covered}年）${later > 0 ? `，另有${later}个后续年份来自其他报道` : ''}`,
      `${cases}个有名有姓的案件`,
      `${milestones}条大事记`,
      `其中${withCharacters}个案件有中文姓名，均来自已发表的报道`,
    ].join('\n'),
  aboutRead: '每条记录都逐字保留报道原文。来自其他报道的事实均注明出处。机器翻译的用语已规范：“百名红通人员”指2015年公布的100名红色通缉人员；“回国投案”即自首。',
  aboutBy: (author) => `，作者 ${author}`,
  fc: {
    title: '文稿与数据核对',
    summary: (n, ok, bad, none) => `共${n}项：✅ ${ok}项相符 · ❌ ${bad}项不符 · ➖ ${none}项数据中没有`,
    nothing: '这段文字中没有找到数据中的数字或人名。核查范围：历年追回外逃人员和追回赃款总数、增减幅度、最高纪录，以及数据中有名有姓的外逃人员的结果。',
    verdict: { consistent: '相符', contradicted: '不符', 'not-in-data': '数据中没有' },
    data: '数据',
    people: '文稿中提到的人员',
    more: (n) => `……另有${n}项，完整列表见附件。`,
    fileHeader: (n) => `${n}项与数据核对的结果`,
    fromReport: '报道原文',
    postToChannel: '发布到频道',
    findTitle: '文中提到的外逃人员',
    findNone: '这段文字中没有提到数据中的外逃人员。可识别拼音姓名（任意空格、大小写，允许一处拼写错误）以及有来源的中文姓名。',
    findCount: (n) => `数据中的${n}人。`,
    returnedIn: (people, when) => `${when}追回外逃人员${people}`,
    recoveredIn: (yuan, when) => `${when}追回赃款${yuan}`,
    sum: (total) => `${total}（报道年度数据相加）`,
    figure: (label, value, year) => `${label}：${value}${year === undefined ? '' : `（${year}年）`}`,
    usd: (yuan, year, dollars, rate, rateLabel) => `${year}年追回赃款${yuan}，按1美元兑${rate}元（${rateLabel}）合${dollars}`,
    change: (metric, year, base, percent) => `${year}年${metric}较${base}年：${percent}`,
    average: (metric, year, from, to, working) => `${year}年${metric}与${from}–${to}年年均值相比：${working}`,
    rankTop: (year, metric, of, from, to) => `${from}–${to}年这${of}年中，${year}年${metric}最高`,
    rankBottom: (year, metric, of, from, to) => `${from}–${to}年这${of}年中，${year}年${metric}最低`,
    rankNth: (year, standing, lowest, metric, leader) => `${year}年${metric}${lowest ? '（从低到高）' : ''}：${standing}；${lowest ? '最低' : '最高'}为${leader}年`,
    caseEvent: (name, what, date) => `${name}：${date}${what}`,
    caseFled: (name, to, date) => `${name}${date ? `${date}` : ''}外逃${to ? `至${to}` : ''}${!to && !date ? '（数据未说明去向和时间）' : !to ? '（数据未说明去向）' : !date ? '（数据未说明时间）' : ''}`,
    noFrom: '（数据未说明从何国追回）',
    why: {
      'no-year': '文稿没有说明是哪一年（或写了“去年”却没有日期可推算）。',
      'no-figure': '该年没有公布的数据。',
      'no-year-in-data': '数据中没有该年的数字。',
      period: '这是某一年部分时段的数字：数据只有全年数字（以及2023年1月至11月），没有这一时段。',
      'partial-year': '数据中该年的数字只涵盖部分月份：',
      'several-years': '这是多年合计或累计数字：数据中没有这一合计。',
      'lower-bound': '来源只给出下限，无法据此判断：',
      subset: '这是整体中一部分的数字（某项行动、某类人员或某个案件），数据中没有。',
      'ambiguous-year': '该数字与另一年的总数相同，无法确定指哪一年。所读年份的数据：',
      'ambiguous-metric': '无法确定说的是人数还是金额，两者结论不同。',
      rounding: '按文中的取整程度无法判断。数据：',
      'span-not-covered': '数据没有这一时段的每一年（未公布或只有部分月份）：',
      currency: '数据以人民币计；美元数字取决于所用汇率。',
      'not-stated': '数据中没有这样的说法。数据：',
      'no-outcome': '数据未说明结果。',
    },
  },
};

export type ReplyLabels = Labels;

export function labels(locale: string | undefined): ReplyLabels {
  return langOf(locale) === 'zh' ? ZH : EN;
}

export function labelsFor(lang: Lang): ReplyLabels {
  return lang === 'zh' ? ZH : EN;
}
