/**
 * /list100 [year] [show:breakdowns] — how many of the list of 100 red-notice
 * fugitives (22 April 2015) had been caught or returned, as each published
 * report gave the count: a text chart of every count, the latest, and the
 * counts that disagree; one year's counts with every page that gives them;
 * or how the returns break down (by method, year or country). Counts are
 * never computed or smoothed: each is a page's, with its address.
 */
import {
  COLOR,
  Citations,
  OptionType,
  ReplyError,
  barChart,
  codeBlock,
  defineCommand,
  disagreements,
  errorReply,
  escapeMarkdown,
  formats,
  labels,
  latestPoint,
  reply,
  seriesYears,
  sourceDescription,
  type Dataset,
  type List100Point,
  type ReplyLabels,
} from '../src/kit/index.js';

/** `>40` for a lower bound: the chart's column is narrow. */
function shortCount(p: List100Point): string {
  return `${p.qualifier === 'more than' ? '>' : p.qualifier === 'about' ? '~' : ''}${p.returned}`;
}

function count(p: List100Point, t: ReplyLabels): string {
  return formats(t.lang).qualified(String(p.returned), p.qualifier);
}

const sourcesOf = (p: { evidence: readonly { source: string }[] }): string[] => p.evidence.map((e) => e.source);

/** Every address the series cites, counted once. */
function pagesIn(data: Dataset): number {
  return new Set([...data.list100.points, ...data.list100.breakdowns].flatMap(sourcesOf)).size;
}

function describeSources(data: Dataset, t: ReplyLabels): (address: string) => string {
  return (a) => sourceDescription(data.sourceByUrl.get(a), t);
}

/** Every count as a bar, the ones another page contradicts marked. */
function overview(data: Dataset, t: ReplyLabels) {
  const f = formats(t.lang);
  const { points } = data.list100;
  const marked = new Set(disagreements(points).map((d) => d.point));
  const chart = barChart(
    points.map((p) => ({ label: f.dateShort(p.asOf), value: p.returned, shown: shortCount(p), marked: marked.has(p) })),
    10,
  );
  const cite = new Citations();
  const latest = latestPoint(points);
  // Cited in the order shown, so the footnote numbers read in order.
  const latestLine = latest ? `${t.list100Of100(count(latest, t), f.date(latest.asOf))}${cite.cite(sourcesOf(latest))}` : undefined;
  const disagreeing = disagreements(points).map(({ point, against }) =>
    point.asOf === against.asOf
      ? `${t.list100SameDay(count(point, t), f.date(point.asOf), count(against, t))}${cite.cite(sourcesOf(point))}${cite.cite(sourcesOf(against))}`
      : `${t.list100Lower(count(point, t), f.date(point.asOf), count(against, t), f.date(against.asOf))}${cite.cite(sourcesOf(point))}${cite.cite(sourcesOf(against))}`,
  );
  return reply({
    embeds: [
      {
        title: t.list100Title,
        description: `${t.list100Intro(points.length)}\n${codeBlock(chart)}`,
        color: COLOR.data,
        fields: [
          latestLine ? { name: t.list100Latest, value: latestLine } : undefined,
          disagreeing.length > 0 ? { name: t.list100Disagree, value: disagreeing.map((l) => `• ${l}`).join('\n') } : undefined,
          { name: '\u200b', value: t.list100Hint },
          ...cite.fields(t.otherSources, describeSources(data, t)),
        ],
        footer: t.list100Footer(pagesIn(data), data.meta.version),
      },
    ],
  });
}

/** One year's counts, each with what every page says and its address. */
function year(data: Dataset, wanted: number, t: ReplyLabels) {
  const f = formats(t.lang);
  const points = data.list100.points.filter((p) => p.asOf.startsWith(String(wanted)));
  if (points.length === 0) throw new ReplyError(t.list100NoYear(wanted, seriesYears(data.list100.points).join(', ')));
  const cite = new Citations();
  const lines = points.map((p) =>
    [
      `**${f.date(p.asOf)}${t.colon}${count(p, t)}**`,
      ...p.evidence.map((e) => `• ${escapeMarkdown(e.says)}${cite.cite([e.source])}`),
      ...(p.note ? [`-# ${escapeMarkdown(p.note)}`] : []),
    ].join('\n'),
  );
  return reply({
    embeds: [
      {
        title: t.list100YearTitle(wanted),
        description: lines.join('\n'),
        color: COLOR.data,
        fields: cite.fields(t.otherSources, describeSources(data, t)),
        footer: cite.footer(data.meta, t),
      },
    ],
  });
}

/** How the returns break down, each breakdown with its pages. */
function breakdowns(data: Dataset, t: ReplyLabels) {
  const f = formats(t.lang);
  const cite = new Citations();
  const lines = data.list100.breakdowns.map((b) => {
    const parts = b.parts.map((p) => `${escapeMarkdown(p.label)} ${f.qualified(String(p.value), p.qualifier)}`).join(t.comma);
    return `**${f.dateShort(b.asOf)} · ${escapeMarkdown(b.title)}**${b.of !== undefined ? t.list100Of(b.of) : ''}: ${parts}${cite.cite(sourcesOf(b))}${b.note ? `\n-# ${escapeMarkdown(b.note)}` : ''}`;
  });
  return reply({
    embeds: [
      {
        title: t.list100Breakdowns,
        description: lines.join('\n'),
        color: COLOR.data,
        fields: cite.fields(t.otherSources, describeSources(data, t)),
        footer: cite.footer(data.meta, t),
      },
    ],
  });
}

export default defineCommand({
  definition: {
    name: 'list100',
    description: 'The list of 100 red-notice fugitives: how many were caught or returned, count by count as published',
    options: [
      {
        type: OptionType.Integer,
        name: 'year',
        description: 'Only the counts published for this year, each with its pages, e.g. 2017',
        autocomplete: true,
        min_value: 2015,
        max_value: 2100,
      },
      {
        type: OptionType.String,
        name: 'show',
        description: 'The counts (the default) or how the returns break down',
        choices: [
          { name: 'Counts over time', value: 'counts' },
          { name: 'Breakdowns (method, year, country)', value: 'breakdowns' },
        ],
      },
    ],
  },
  examples: ['/list100', '/list100 year:2017', '/list100 show:breakdowns'],

  run(options, { data, locale }) {
    const t = labels(locale);
    if (data.list100.points.length === 0) return errorReply(t.list100Empty);
    if (options.string('show') === 'breakdowns') return breakdowns(data, t);
    const wanted = options.integer('year');
    return wanted === undefined ? overview(data, t) : year(data, wanted, t);
  },

  autocomplete(focused, _options, { data, locale }) {
    const t = labels(locale);
    const counts = new Map<number, number>();
    for (const p of data.list100.points) counts.set(Number(p.asOf.slice(0, 4)), (counts.get(Number(p.asOf.slice(0, 4))) ?? 0) + 1);
    return [...counts].filter(([y]) => String(y).startsWith(focused.value.trim())).map(([y, n]) => ({ name: t.list100YearChoice(y, n), value: y }));
  },
});
