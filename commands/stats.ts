/**
 * /stats [metric] — every year at once: a table, bar charts and sparklines,
 * the totals and the highest year among the report's years (named with those
 * years: later years from other reports are listed apart and never ranked).
 */
import {
  COLOR,
  Citations,
  METRIC_CHOICES,
  OptionType,
  codeBlock,
  defineCommand,
  formatMetricShort,
  formats,
  highestOf,
  labels,
  metricsFor,
  reply,
  table,
  total,
  yearChartField,
  yearSparkline,
  yearsCovered,
  type Dataset,
  type Metric,
  type ReplyLabels,
  type Total,
} from '../src/kit/index.js';

function shownTotal(total: Total | null, metric: Metric, t: ReplyLabels, cite: Citations): string {
  if (!total) return t.noPublishedFigure;
  return `${formats(t.lang).qualified(formatMetricShort(metric, total.value, t.lang, total.qualifier), total.qualifier)}${cite.cite(total.source)}`;
}

/** Years after the report, as other reports give them: kept apart from the report's table, totals and records. */
function laterYearsField(data: Dataset, t: ReplyLabels, cite: Citations) {
  if (data.otherYears.length === 0) return undefined;
  const lines = data.otherYears.map((y) => {
    const period = y.period ? ` (${formats(t.lang).period(y.period)})` : '';
    if (!y.returned && !y.recovered) return `**${y.year}**${period}: ${t.noPublishedFigure}`;
    return `**${y.year}**${period}: ${shownTotal(y.returned, 'returned', t, cite)} · ${shownTotal(y.recovered, 'recovered', t, cite)}`;
  });
  return { name: t.laterYears, value: lines.join('\n') };
}

export default defineCommand({
  definition: {
    name: 'stats',
    description: 'Every Sky Net year: table, charts, totals and the record year',
    options: [
      {
        type: OptionType.String,
        name: 'metric',
        description: 'What to chart (both if left out)',
        choices: METRIC_CHOICES,
      },
    ],
  },
  examples: ['/stats', '/stats metric:money'],

  run(options, { data, locale }) {
    const t = labels(locale);
    const f = formats(t.lang);
    const metrics = metricsFor(options.string('metric'));
    const { years } = data;
    const value = (metric: Metric, n: number) => (metric === 'returned' ? f.count(n) : f.yuan(n));
    const rows = years.map((y) => [String(y.year), formats(t.lang).count(y.returned), formatMetricShort('recovered', y.recovered, t.lang)]);
    rows.push([t.total, formats(t.lang).count(total(years, 'returned')), formatMetricShort('recovered', total(years, 'recovered'), t.lang)]);
    const colon = t.colon;
    const fields = metrics.flatMap((metric) => {
      const best = highestOf(years, metric);
      return [
        yearChartField(years, metric, undefined, t.lang),
        {
          name: t.trendAndRecord(t.metric[metric], best.span),
          value: [
            `${t.trend} \`${yearSparkline(years, metric)}\` ${years[0]?.year}–${years[years.length - 1]?.year}`,
            `${t.total}${colon}**${value(metric, total(years, metric))}**`,
            `${t.highestOf(best.span)}${colon}**${best.years.map((y) => y.year).join(', ')}**${t.comma}${value(metric, best.value)}`,
          ].join('\n'),
        },
      ];
    });
    // The table, totals and highest years are the report's; later years cite their own sources.
    const cite = new Citations().useReport();
    return reply({
      embeds: [
        {
          title: t.statsTitle(yearsCovered(years)),
          description: codeBlock(table(t.statsHeader, rows)),
          color: COLOR.data,
          fields: [...fields, laterYearsField(data, t, cite), cite.field(t.otherSources)],
          footer: `${cite.footer(data.meta, t)} · ${t.statsFooterComputed}`,
        },
      ],
    });
  },
});
