/**
 * Everything a command file builds on, from one import: the command API,
 * Discord's limits and payload types, the data and its arithmetic, search
 * results, words and number formats, and the renderers. Command files import
 * from here and nowhere else in src/ (npm run deps keeps it so), so the
 * layers below can move without touching a command.
 */

// The command API
export { defineCommand, defineMessageCommand, ReplyError } from './command.js';
export type { CommandContext, ComponentAnswer, MessageCommand, TargetMessage } from './command.js';
export { METRIC_CHOICES, metricsFor } from './metricOption.js';
export { OptionError } from './options.js';
export { memoizedBy } from '../memo.js';

// Discord: limits and payloads
export { LIMITS, OptionType } from '../discord/limits.js';
export type { Reply } from '../discord/payload.js';

// The data
export { evaluateClaims } from '../data/claims.js';
export type { Unchecked } from '../data/claims.js';
export { COUNTRY_ALIASES, COUNTRY_ZH, HOME_COUNTRY } from '../data/countries.js';
export { compareDates } from '../data/dates.js';
export { disagreements, latestPoint, seriesYears } from '../data/list100Series.js';
export { Outcome } from '../data/schema.js';
export type {
  CaseEvent,
  CaseRecord,
  ChangeEntry,
  Figure,
  List100Point,
  Milestone,
  OtherYearRecord,
  OutsideFigure,
  Qualifier,
  YearRecord,
} from '../data/schema.js';
export { highestOf, spanOf } from '../data/superlatives.js';
export { OUTCOME_SHORT, outcomePhrase } from '../data/terms.js';
export { change, summarizeYear, total } from '../data/yearStats.js';
export type { Metric, YearSummary } from '../data/yearStats.js';
export { allYears, totalsFor } from '../data/yearTotals.js';
export type { Total, YearTotals } from '../data/yearTotals.js';
export type { Dataset } from '../dataset/dataset.js';
export { APP_VERSION } from '../version.js';

// Search
export type { NameMatch, TextHit } from '../search/searchIndex.js';

// Words: labels and formats
export { formats } from '../i18n/format/index.js';
export type { Formats } from '../i18n/format/index.js';
export { labels, labelsFor } from '../i18n/labels.js';
export type { ReplyLabels } from '../i18n/labels.js';
export { ZH_LOCALE, langOf } from '../i18n/lang.js';
export type { Lang } from '../i18n/lang.js';
export { personName } from '../i18n/names.js';
export { OUTCOME_ZH, countryInSentence, countryName, eventFrom, eventOutcome, outcomeLabel, outcomeShort } from '../i18n/terms.js';

// Rendering
export { caseCard, caseChoiceLabel, caseSummary, displayName, eventDate, sourceDescription } from '../render/caseCard.js';
export { barChart, codeBlock, table } from '../render/chart.js';
export { COLOR, errorReply, reply } from '../render/embed.js';
export type { FieldSpec } from '../render/embed.js';
export { escapeMarkdown, quoteUserText } from '../discord/markdown.js';
export { decodeTime, encodeTime, pageButtons, pressProblem } from '../render/pageButtons.js';
export { CHART_WIDTH, chartHeight, chartSvg } from '../render/png/chartSvg.js';
export type { ChartSpec, Panel } from '../render/png/chartSvg.js';
export { svgToPng, svgToPngAsync } from '../render/png/render.js';
export { caseSentence, money, rateNote, yearSentence } from '../render/sentence.js';
export { Citations, quoteBlock } from '../render/sources.js';
export { displayWidth, padEnd } from '../render/width.js';
export { describeChange, formatMetricShort, yearChartField, yearSparkline, yearsCovered } from '../render/years.js';

// The copy desk: a draft checked against the data (docs/factcheck.md)
export { checkDraft, prepareChecker } from '../factcheck/check.js';
export { namedCases, renderCheck, renderFindCases } from '../factcheck/render.js';

// Spreadsheets
export { csvBytes, toCsv } from '../export/csv.js';
export { EXPORTS, exportTable } from '../export/tables.js';
export { csvFile } from '../export/csvFile.js';
export type { ExportKind } from '../export/tables.js';
