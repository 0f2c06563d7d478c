/**
 * /stats [metric] — every year at once: a table, bar charts and sparklines,
 * the totals and the record year.
 */
import { defineCommand } from '../src/commands/types.js';
import { OptionType } from '../src/discord/limits.js';
import { recordYears, total, type Metric } from '../src/data/yearStats.js';
import { codeBlock, table } from '../src/render/chart.js';
import { COLOR, reply } from '../src/render/embed.js';
import { formatCount, formatYuanShort } from '../src/render/format.js';
import { reportFooter } from '../src/render/sources.js';
import { formatMetric, METRIC_LABEL, yearChartField, yearsCovered, yearSparkline } from '../src/render/years.js';

const METRICS: Record<string, Metric[]> = { fugitives: ['returned'], money: ['recovered'], both: ['returned', 'recovered'] };

export default defineCommand({
  definition: {
    name: 'stats',
    description: 'Every Sky Net year: table, charts, totals and the record year',
    options: [
      {
        type: OptionType.String,
        name: 'metric',
        description: 'What to chart (both if left out)',
        choices: [
          { name: 'Fugitives returned', value: 'fugitives' },
          { name: 'Money recovered', value: 'money' },
          { name: 'Both', value: 'both' },
        ],
      },
    ],
  },
  examples: ['/stats', '/stats metric:money'],

  run(options, { data }) {
    const metrics = METRICS[options.string('metric') ?? 'both'] ?? ['returned', 'recovered'];
    const { years } = data;
    const rows = years.map((y) => [String(y.year), formatCount(y.returned), formatYuanShort(y.recovered)]);
    rows.push(['Total', formatCount(total(years, 'returned')), formatYuanShort(total(years, 'recovered'))]);
    const fields = metrics.flatMap((metric) => {
      const best = recordYears(years, metric);
      return [
        yearChartField(years, metric),
        {
          name: `${METRIC_LABEL[metric]}: trend and record`,
          value: [
            `Trend \`${yearSparkline(years, metric)}\` ${years[0]?.year}–${years[years.length - 1]?.year}`,
            `Total: **${formatMetric(metric, total(years, metric))}**`,
            `Record: **${best.map((y) => y.year).join(', ')}**, ${formatMetric(metric, best[0]?.[metric] ?? 0)}`,
          ].join('\n'),
        },
      ];
    });
    return reply({
      embeds: [
        {
          title: `Sky Net in figures, ${yearsCovered(years)}`,
          description: codeBlock(table(['Year', 'Returned', 'Yuan'], rows)),
          color: COLOR.data,
          fields,
          footer: `${reportFooter(data.meta)} · totals are sums of the report's yearly figures`,
        },
      ],
    });
  },
});
