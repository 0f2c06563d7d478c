/**
 * /year year:2019 — a year's totals, how they moved on the year before, their
 * rank among the years, the report's other figures for that year and its
 * claims, with a chart of every year.
 */
import { defineCommand } from '../src/commands/types.js';
import { OptionType } from '../src/discord/limits.js';
import type { Figure } from '../src/data/schema.js';
import { summarizeYear } from '../src/data/yearStats.js';
import { COLOR, errorReply, reply } from '../src/render/embed.js';
import { formatCount, formatYuan, ordinal } from '../src/render/format.js';
import { quoteBlock, reportFooter } from '../src/render/sources.js';
import { describeChange, formatMetric, yearChartField, yearsCovered } from '../src/render/years.js';
import type { YearSummary } from '../src/data/yearStats.js';

function formatFigure(f: Figure): string {
  const value = f.unit === 'yuan' ? formatYuan(f.value) : f.unit === 'percent' ? `${f.value}%` : formatCount(f.value);
  return `• ${f.label}: **${value}**`;
}

function metricField(summary: YearSummary, metric: 'returned' | 'recovered', name: string) {
  const { record, previous, of } = summary;
  const { change, rank } = summary[metric];
  const moved = change && previous ? describeChange(metric, change, previous.year) : previous === undefined ? `No figure for ${record.year - 1} to compare with` : '';
  return { name, value: [`**${formatMetric(metric, record[metric])}**`, moved, `${ordinal(rank)} of ${of} years`].filter(Boolean).join('\n'), inline: true };
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
    ],
  },
  examples: ['/year year:2019', '/year year:2015'],

  run(options, { data }) {
    const year = options.integer('year', true);
    const record = data.yearByNumber.get(year);
    if (!record) return errorReply(`No Sky Net figures for ${year}. The data covers ${yearsCovered(data.years)}.`);
    const summary = summarizeYear(data.years, record);
    return reply({
      embeds: [
        {
          title: `Sky Net ${year}`,
          description: `**${formatCount(record.returned)}** fugitives returned and **${formatYuan(record.recovered)}** recovered.`,
          color: COLOR.data,
          fields: [
            metricField(summary, 'returned', 'Fugitives returned'),
            metricField(summary, 'recovered', 'Money recovered'),
            record.figures.length > 0 && { name: 'Also in the report', value: record.figures.map(formatFigure).join('\n') },
            record.claims.length > 0 && { name: 'The report says', value: record.claims.map((c) => `• ${c.text}`).join('\n') },
            yearChartField(data.years, 'returned', year),
            yearChartField(data.years, 'recovered', year),
            { name: 'From the report', value: quoteBlock(record.quote) },
          ],
          footer: `${reportFooter(data.meta)} · changes and ranks computed from the report's yearly figures`,
        },
      ],
    });
  },

  autocomplete(focused, _options, { data }) {
    const typed = focused.value.trim();
    return data.years
      .filter((y) => String(y.year).startsWith(typed))
      .map((y) => ({ name: `${y.year}: ${formatCount(y.returned)} returned, ${formatYuan(y.recovered)} recovered`, value: y.year }));
  },
});
