/**
 * /year year:2019 [usd:true] — a year's totals, how they moved on the year
 * before, their rank among the years, the report's other figures for that
 * year and its claims, with a chart of every year; a copy-ready sentence with
 * its attribution (optionally with the dollar figure at the year's average
 * rate); and what other reports add. Years after the report come from other
 * reports, each figure with its address; a year nobody published says so.
 */
import {
  COLOR,
  Citations,
  OptionType,
  defineCommand,
  describeChange,
  errorReply,
  escapeMarkdown,
  formats,
  labels,
  money,
  quoteBlock,
  rateNote,
  reply,
  summarizeYear,
  totalsFor,
  yearChartField,
  yearSentence,
  yearsCovered,
  type Dataset,
  type FieldSpec,
  type Figure,
  type Formats,
  type Metric,
  type OtherYearRecord,
  type OutsideFigure,
  type Qualifier,
  type ReplyLabels,
  type Total,
  type YearRecord,
  type YearSummary,
  type YearTotals,
} from '../src/kit/index.js';

/** A figure with its qualifier, rounded the way the qualifier allows. */
function formatValue(f: Formats, value: number, unit: Figure['unit'], qualifier?: Qualifier): string {
  if (unit === 'yuan') return f.yuan(value, qualifier);
  return f.qualified(unit === 'percent' ? `${value}%` : f.count(value), qualifier);
}

function metricField(summary: YearSummary, metric: Metric, t: ReplyLabels): FieldSpec {
  const f = formats(t.lang);
  const { record, previous } = summary;
  const { change, standing } = summary[metric];
  const moved = change && previous ? describeChange(metric, change, previous.year, t.lang) : previous === undefined ? t.noPrevious(record.year - 1) : '';
  const value = metric === 'recovered' ? f.yuan(record[metric]) : t.headlineCount(record[metric]);
  return { name: t.metric[metric], value: [`**${value}**`, moved, f.standing(standing)].filter(Boolean).join('\n'), inline: true };
}

/** Other reports' figures for the year: a total they give is set beside the report's, agreeing or not. */
function outsideField(record: YearRecord | OtherYearRecord, figures: readonly OutsideFigure[], t: ReplyLabels, cite: Citations): FieldSpec | undefined {
  if (figures.length === 0) return undefined;
  const f = formats(t.lang);
  const lines = figures.map((o) => {
    let against = '';
    if (o.metric && 'quote' in record) {
      const own = record[o.metric];
      against = own === o.value ? ` (${t.agrees})` : ` (⚠️ ${t.differs(o.metric === 'returned' ? f.count(own) : f.yuan(own))})`;
    }
    return `• ${escapeMarkdown(o.label)}: **${formatValue(f, o.value, o.unit, o.qualifier)}**${against}${cite.cite(o.source)}`;
  });
  return { name: t.otherReports, value: lines.join('\n') };
}

function dollarField(totals: YearTotals, t: ReplyLabels, cite: Citations): FieldSpec | undefined {
  const { usd, recovered } = totals;
  if (!usd || !recovered) return undefined;
  return { name: t.dollars, value: `**${money(recovered, usd, t.lang)}** ${rateNote(usd, totals.year, t.lang)}${cite.cite(usd.source)}` };
}

function sentenceContent(data: Dataset, totals: YearTotals, usd: boolean, t: ReplyLabels): string {
  const sentence = yearSentence(data, totals, usd, t.lang);
  const rate = usd && totals.usd ? `\n-# ${t.dollars}: ${escapeMarkdown(totals.usd.label)}, ${totals.usd.source.map(escapeMarkdown).join(' · ')}` : '';
  return `${sentence}${rate}`;
}

function reportYear(data: Dataset, record: YearRecord, usd: boolean, t: ReplyLabels) {
  const f = formats(t.lang);
  const totals = totalsFor(data, record.year)!;
  const summary = summarizeYear(data.years, record);
  // The year's figures, ranks, chart and quote are the report's.
  const cite = new Citations().useReport();
  return reply({
    content: sentenceContent(data, totals, usd, t),
    embeds: [
      {
        title: t.skyNet(record.year),
        description: t.yearHeadline(record.returned, record.recovered),
        color: COLOR.data,
        fields: [
          metricField(summary, 'returned', t),
          metricField(summary, 'recovered', t),
          record.figures.length > 0 && {
            name: t.alsoInReport,
            value: record.figures.map((x) => `• ${escapeMarkdown(x.label)}: **${formatValue(f, x.value, x.unit)}**`).join('\n'),
          },
          record.claims.length > 0 && { name: t.reportSays, value: record.claims.map((c) => `• ${escapeMarkdown(c.text)}`).join('\n') },
          usd ? dollarField(totals, t, cite) : undefined,
          outsideField(record, record.outside, t, cite),
          yearChartField(data.years, 'returned', record.year, t.lang),
          yearChartField(data.years, 'recovered', record.year, t.lang),
          { name: t.fromReport, value: quoteBlock(record.quote) },
          cite.field(t.otherSources),
        ],
        footer: `${cite.footer(data.meta, t)} · ${t.yearFooterComputed}`,
      },
    ],
  });
}

function totalLine(total: Total | null, metric: Metric, t: ReplyLabels, cite: Citations): string {
  if (!total) return `*${t.noPublishedFigure}*`;
  const f = formats(t.lang);
  return `**${formatValue(f, total.value, metric === 'returned' ? 'people' : 'yuan', total.qualifier)}**${cite.cite(total.source)}`;
}

function otherYear(data: Dataset, record: OtherYearRecord, usd: boolean, t: ReplyLabels) {
  const totals = totalsFor(data, record.year)!;
  const cite = new Citations();
  const period = record.period ? `⚠️ ${t.partialYear(formats(t.lang).period(record.period))}` : undefined;
  const published = record.returned !== null || record.recovered !== null;
  return reply({
    content: sentenceContent(data, totals, usd, t),
    embeds: [
      {
        title: t.laterYearTitle(record.year),
        description: [period, record.note ? escapeMarkdown(record.note) : undefined, published ? t.notRanked : undefined].filter(Boolean).join('\n'),
        color: COLOR.info,
        fields: [
          { name: t.metric.returned, value: totalLine(record.returned, 'returned', t, cite), inline: true },
          { name: t.metric.recovered, value: totalLine(record.recovered, 'recovered', t, cite), inline: true },
          usd ? dollarField(totals, t, cite) : undefined,
          outsideField(record, record.figures, t, cite),
          cite.field(t.otherSources),
        ],
        // Only the sources this year's reply cites: other reports, never the report, which stops at 2020.
        footer: cite.footer(data.meta, t),
      },
    ],
  });
}

export default defineCommand({
  definition: {
    name: 'year',
    description: 'One Sky Net year: fugitives returned, money recovered, change on the year before, rank',
    options: [
      {
        type: OptionType.Integer,
        name: 'year',
        description: 'The Sky Net year, e.g. 2019',
        required: true,
        autocomplete: true,
        min_value: 2014,
        max_value: 2100,
      },
      { type: OptionType.Boolean, name: 'usd', description: "Add the money in US dollars at that year's average rate" },
    ],
  },
  examples: ['/year year:2019', '/year year:2015 usd:true', '/year year:2021', '/year year:2023'],

  run(options, { data, locale }) {
    const t = labels(locale);
    const year = options.integer('year', true);
    const usd = options.boolean('usd') ?? false;
    const record = data.yearByNumber.get(year);
    if (record) return reportYear(data, record, usd, t);
    const other = data.otherYears.find((y) => y.year === year);
    if (other) return otherYear(data, other, usd, t);
    return errorReply(t.yearNoData(year, yearsCovered(data.years)));
  },

  autocomplete(focused, _options, { data, locale }) {
    const typed = focused.value.trim();
    const t = labels(locale);
    const f = formats(t.lang);
    const own = data.years.map((y) => ({ year: y.year, name: t.yearChoice(y.year, f.count(y.returned), f.yuan(y.recovered)) }));
    const others = data.otherYears.map((y) => ({
      year: y.year,
      name: t.laterYearChoice(
        y.year,
        y.returned && formatValue(f, y.returned.value, 'people', y.returned.qualifier),
        y.recovered && formatValue(f, y.recovered.value, 'yuan', y.recovered.qualifier),
        Boolean(y.period),
      ),
    }));
    return [...own, ...others].filter((y) => String(y.year).startsWith(typed)).map((y) => ({ name: y.name, value: y.year }));
  },
});
