/**
 * /compare a:<year> b:<year> — two years side by side, and how the second
 * differs from the first, in absolute and percent terms. A year from another
 * report is shown as that report gives it; a change is only computed where
 * both figures are exact full-year totals.
 */
import {
  COLOR,
  Citations,
  OptionType,
  allYears,
  change,
  codeBlock,
  defineCommand,
  errorReply,
  formats,
  labels,
  reply,
  table,
  totalsFor,
  type Formats,
  type Metric,
  type ReplyLabels,
  type Total,
  type YearTotals,
} from '../src/kit/index.js';

const METRICS: Metric[] = ['returned', 'recovered'];

function shown(total: Total | null, metric: Metric, f: Formats, t: ReplyLabels): string {
  if (!total) return t.noPublishedFigure;
  // A lower bound is rounded down (src/render/format.ts).
  const value = metric === 'returned' ? f.count(total.value) : f.yuanShort(total.value, total.qualifier);
  if (!total.qualifier) return value;
  return t.compareQualified(value, total.qualifier);
}

/** Why no change can be computed between the two, or undefined when it can. */
function whyNot(a: YearTotals, b: YearTotals, metric: Metric, t: ReplyLabels): string | undefined {
  for (const y of [a, b]) {
    if (!y[metric]) return t.compareMissing(y.year);
    if (y.period) return t.comparePartial(y.year, formats(t.lang).period(y.period));
    if (y[metric]!.qualifier) return t.compareLowerBound(y.year);
  }
  return undefined;
}

function changeCells(a: YearTotals, b: YearTotals, metric: Metric, f: Formats): [string, string] {
  const c = change(b[metric]!.value, a[metric]!.value);
  const sign = c.absolute > 0 ? '+' : c.absolute < 0 ? '-' : '';
  const absolute = `${sign}${metric === 'returned' ? f.count(Math.abs(c.absolute)) : f.yuanShort(Math.abs(c.absolute))}`;
  return [absolute, c.percent === undefined ? '' : f.percent(c.percent)];
}

export default defineCommand({
  definition: {
    name: 'compare',
    description: 'Two Sky Net years side by side, with the change in absolute and percent terms',
    options: [
      { type: OptionType.Integer, name: 'a', description: 'The first year, e.g. 2018', required: true, autocomplete: true, min_value: 2014, max_value: 2100 },
      {
        type: OptionType.Integer,
        name: 'b',
        description: 'The year to compare with it, e.g. 2019',
        required: true,
        autocomplete: true,
        min_value: 2014,
        max_value: 2100,
      },
    ],
  },
  examples: ['/compare a:2018 b:2019', '/compare a:2019 b:2020'],

  run(options, { data, locale }) {
    const t = labels(locale);
    const f = formats(t.lang);
    const [yearA, yearB] = [options.integer('a', true), options.integer('b', true)];
    if (yearA === yearB) return errorReply(t.compareSame);
    const a = totalsFor(data, yearA);
    const b = totalsFor(data, yearB);
    const missing = !a ? yearA : !b ? yearB : undefined;
    if (!a || !b) return errorReply(t.yearNoData(missing!, `${data.years[0]?.year}–${data.years[data.years.length - 1]?.year}`));

    const cite = new Citations();
    // A year the report gives is the report's; other years cite their own sources below.
    if (a.basis === 'report' || b.basis === 'report') cite.useReport();
    const notes: string[] = [];
    const rows = METRICS.map((metric) => {
      const why = whyNot(a, b, metric, t);
      if (why) notes.push(`${t.metric[metric]}: ${t.compareNotComputed(why)}`);
      const [abs, pct] = why ? ['–', ''] : changeCells(a, b, metric, f);
      const cells = [a, b].map((y) => shown(y[metric], metric, f, t));
      return [t.compareRow[metric], ...cells, abs, pct];
    });
    const header = ['', String(yearA), String(yearB), t.compareChange, '%'];
    // Footnotes stay out of the table, where they would push the columns apart.
    const sourced = [a, b]
      .filter((y) => y.basis === 'other')
      .map((y) => `${t.laterYearTitle(y.year)}${METRICS.map((m) => (y[m] ? cite.cite(y[m]!.source) : '')).find(Boolean) ?? ''}`);
    const sentence = METRICS.map((metric) => {
      if (whyNot(a, b, metric, t)) return undefined;
      const [abs, pct] = changeCells(a, b, metric, f);
      return `${t.metric[metric]}${t.colon}${shown(a[metric], metric, f, t)} → ${shown(b[metric], metric, f, t)}, ${abs} (${pct})`;
    }).filter(Boolean);
    return reply({
      embeds: [
        {
          title: t.compareTitle(yearA, yearB),
          description: [codeBlock(table(header, rows)), ...sourced, ...sentence.map((s) => `**${s}**`)].join('\n'),
          color: COLOR.data,
          fields: [
            notes.length > 0 ? { name: '⚠️', value: notes.join('\n') } : undefined,
            sourced.length > 0 ? { name: t.otherReports, value: t.compareMixed } : undefined,
            cite.field(t.otherSources),
          ],
          footer: cite.footer(data.meta, t),
        },
      ],
    });
  },

  autocomplete(focused, _options, { data }) {
    const typed = focused.value.trim();
    return allYears(data)
      .filter((y) => String(y.year).startsWith(typed) && (y.returned || y.recovered))
      .map((y) => ({ name: `${y.year}${y.basis === 'other' ? ' (other reports)' : ''}`, value: y.year }));
  },
});
