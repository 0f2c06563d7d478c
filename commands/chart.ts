/**
 * /chart metric:<fugitives|money|both|list100> [kind:<bar|line>] — a PNG
 * chart of the report's yearly figures, or of the published counts of the
 * list of 100 over time, ready to drop into a story (title, axis labels,
 * values, source line), with the text chart in the embed for phones. Labels
 * follow the reader's language. An English chart renders in about 0.15 s, a
 * Chinese one in up to a second on a busy machine, so the command asks to be
 * deferred (`defer: true`) and each chart is drawn once per dataset.
 */
import {
  CHART_WIDTH,
  COLOR,
  Citations,
  METRIC_CHOICES,
  OptionType,
  barChart,
  chartHeight,
  chartSvg,
  codeBlock,
  defineCommand,
  disagreements,
  formats,
  labels,
  metricsFor,
  reply,
  seriesYears,
  svgToPngAsync,
  yearChartField,
  yearsCovered,
  type ChartSpec,
  type Dataset,
  type Metric,
  type Panel,
  type ReplyLabels,
  memoizedBy,
} from '../src/kit/index.js';

const COLORS: Record<Metric, string> = { returned: '#b22222', recovered: '#3b6ea5' };

/** The metric choice that charts the list of 100 over time rather than a yearly figure. */
export const LIST100 = 'list100';

function panel(data: Dataset, metric: Metric, t: ReplyLabels): Panel {
  const f = formats(t.lang);
  return {
    heading: t.chartAxis[metric],
    axisLabel: t.chartAxis[metric],
    color: COLORS[metric],
    points: data.years.map((y) => ({
      label: String(y.year),
      value: y[metric],
      shown: metric === 'returned' ? f.count(y[metric]) : f.yuanShort(y[metric]),
    })),
    // The money axis is in billions (亿 in Chinese), as its label says.
    tick: (v) => (metric === 'returned' ? f.count(v) : String(Number((v / t.chartYuanUnit).toPrecision(6)))),
  };
}

/** Where a partial date sits on a time axis, in days: a month or a year at its middle. */
function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m === undefined ? 6 : m - 1, d ?? (m === undefined ? 1 : 15)) / 86_400_000;
}

/** The list of 100 over time: each published count at its date, the ones another page contradicts in grey. */
export function list100ChartSpec(data: Dataset, t: ReplyLabels): ChartSpec {
  const { points } = data.list100;
  const muted = new Set(disagreements(points).map((d) => d.point));
  const years = seriesYears(points);
  const first = years[0] ?? 2015;
  const last = (years[years.length - 1] ?? first) + 1;
  return {
    title: t.list100ChartTitle,
    subtitle: t.list100ChartSubtitle,
    xLabel: t.list100ChartX,
    source: t.list100ChartSource(new Set(points.flatMap((p) => p.evidence.map((e) => e.source))).size, data.meta.version),
    kind: 'line',
    panels: [
      {
        heading: t.list100ChartAxis,
        axisLabel: t.list100ChartAxis,
        color: COLORS.returned,
        points: points.map((p) => ({
          label: p.asOf,
          value: p.returned,
          shown: `${p.qualifier === 'more than' ? '>' : ''}${p.returned}`,
          x: dayOf(p.asOf),
          muted: muted.has(p),
        })),
        tick: (v) => String(v),
        xTicks: Array.from({ length: last - first + 1 }, (_, i) => ({ x: dayOf(`${first + i}-01-01`), label: String(first + i) })),
      },
    ],
  };
}

export function chartSpec(data: Dataset, metric: string, kind: 'bar' | 'line', t: ReplyLabels): ChartSpec {
  if (metric === LIST100) return list100ChartSpec(data, t);
  const metrics = metricsFor(metric);
  const covered = yearsCovered(data.years);
  return {
    title: metrics.length > 1 ? t.chartBothTitle(covered) : t.chartTitle(t.metric[metrics[0]!], covered),
    subtitle: t.chartSubtitle,
    xLabel: t.chartAxisYear,
    source: t.chartSource(data.meta.report.author, data.meta.report.file, data.meta.version),
    kind,
    panels: metrics.map((m) => panel(data, m, t)),
  };
}

/**
 * Rendered charts, per dataset: a chart only changes when the data does, and
 * the first Chinese chart takes a few hundred milliseconds (each Chinese
 * glyph is read from an 8 MB font). A reload builds a new Dataset, so its
 * charts are drawn afresh and the old ones are dropped with it. Drawing runs
 * off the event loop (svgToPngAsync), and `warm` draws every chart in the
 * background after start and after each reload, so hardly anyone waits.
 */
const rendered = memoizedBy((_data: Dataset) => new Map<string, Promise<Uint8Array>>());

function renderOnce(data: Dataset, key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const charts = rendered(data);
  let png = charts.get(key);
  if (!png) {
    const drawing = draw();
    // A render that failed is drawn again at the next request rather than failing for good.
    drawing.catch(() => charts.delete(key));
    charts.set(key, drawing);
    png = drawing;
  }
  return png;
}

/** The series for phones: one bar a year, the highest count published for that year. */
function list100TextChart(data: Dataset, t: ReplyLabels) {
  const byYear = new Map<number, number>();
  for (const p of data.list100.points) byYear.set(Number(p.asOf.slice(0, 4)), Math.max(byYear.get(Number(p.asOf.slice(0, 4))) ?? 0, p.returned));
  return { name: t.list100ChartYearly, value: codeBlock(barChart([...byYear].map(([y, n]) => ({ label: String(y), value: n, shown: String(n) })))) };
}

/** How many charts of this dataset are drawn or being drawn (for the tests of the warming). */
export function chartsHeld(data: Dataset): number {
  return rendered(data).size;
}

const KINDS = ['bar', 'line'] as const;
/** The reply languages, by a Discord locale of each. */
const LOCALES = ['en-US', 'zh-CN'];

function drawChart(data: Dataset, metric: string, kind: 'bar' | 'line', t: ReplyLabels): Promise<Uint8Array> {
  return renderOnce(data, `${metric}:${kind}:${t.lang}`, () => svgToPngAsync(chartSvg(chartSpec(data, metric, kind, t))));
}

export function chartFileName(metric: string, kind: string): string {
  return `skynet-${metric}-${kind}.png`;
}

export default defineCommand({
  definition: {
    name: 'chart',
    description: 'A PNG chart of the yearly figures, ready for a story, with a text chart for phones',
    options: [
      {
        type: OptionType.String,
        name: 'metric',
        description: 'What to chart',
        required: true,
        choices: [...METRIC_CHOICES, { name: 'List of 100: caught or returned, over time', value: LIST100 }],
      },
      {
        type: OptionType.String,
        name: 'kind',
        description: 'Bars (the default) or a line',
        choices: [
          { name: 'Bars', value: 'bar' },
          { name: 'Line', value: 'line' },
        ],
      },
    ],
  },
  examples: ['/chart metric:fugitives', '/chart metric:money kind:line', '/chart metric:both', '/chart metric:list100'],
  // Drawing can take a moment on a busy machine: acknowledge first, then send the image.
  defer: true,

  // Every chart, one at a time, so the warming never takes more than one render's share of the machine.
  async warm(data) {
    for (const locale of LOCALES) {
      for (const { value: metric } of METRIC_CHOICES) for (const kind of KINDS) await drawChart(data, metric, kind, labels(locale));
      // The list of 100 is drawn as a line only.
      await drawChart(data, LIST100, 'line', labels(locale));
    }
  },

  async run(options, { data, locale }) {
    const t = labels(locale);
    const metric = options.string('metric', true);
    // A series over time is a line whatever was asked: bars would space the dates evenly.
    const kind = metric === LIST100 || options.string('kind') === 'line' ? 'line' : 'bar';
    const spec = chartSpec(data, metric, kind, t);
    const name = chartFileName(metric, kind);
    const height = chartHeight(spec.panels.length);
    const png = await drawChart(data, metric, kind, t);
    const metrics = metricsFor(metric);
    const alt = `${spec.title}. ${spec.panels.map((p) => `${p.heading}: ${p.points.map((x) => `${x.label} ${x.shown || x.value}`).join(', ')}`).join('. ')}`;
    const series = metric === LIST100;
    return reply({
      embeds: [
        {
          title: spec.title,
          description: `${t.chartAttached(name, CHART_WIDTH, height)}\n-# ${series ? t.list100ChartNote : t.chartNote}`,
          color: COLOR.data,
          image: `attachment://${name}`,
          fields: series ? [list100TextChart(data, t)] : metrics.map((m) => yearChartField(data.years, m, undefined, t.lang)),
          // The yearly chart is of the report's figures only; the series names its reports where /list100 lists them.
          footer: series
            ? t.list100Footer(new Set(data.list100.points.flatMap((p) => p.evidence.map((e) => e.source))).size, data.meta.version)
            : new Citations().useReport().footer(data.meta, t),
        },
      ],
      files: [{ name, data: png, contentType: 'image/png', description: alt.slice(0, 1000) }],
    });
  },
});
