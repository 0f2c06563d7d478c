/**
 * /timeline [year] — the campaign's milestones and the cases' dated events,
 * in date order, grouped by year.
 */
import {
  COLOR,
  Citations,
  LIMITS,
  OptionType,
  compareDates,
  defineCommand,
  displayWidth,
  errorReply,
  escapeMarkdown,
  formats,
  labels,
  labelsFor,
  padEnd,
  personName,
  reply,
  type CaseEvent,
  type CaseRecord,
  type Dataset,
  type Lang,
  type Milestone,
  memoizedBy,
} from '../src/kit/index.js';

/** One line of the timeline, its words written only when it is shown. */
type Ref = { date: string; milestone: Milestone } | { date: string; record: CaseRecord; event: CaseEvent };

interface YearEntries {
  year: number;
  /** In date order; on equal dates milestones come before case events, each in file order. */
  refs: Ref[];
  /** The year's milestones (what the overview shows) and how many case events it has. */
  milestones: Ref[];
  events: number;
  /** Every source the year's entries cite, once each, in the order they are first cited. */
  sources: string[];
}

/**
 * The timeline of one dataset, sorted once: at 100,000 cases there are more
 * than 100,000 dated events, too many to gather and sort at every call.
 * A Dataset never changes, so the index lives as long as it does.
 */
interface TimelineIndex {
  years: YearEntries[];
  /** The widest short date of a year's entries, by language and year, worked out when first shown. */
  dateWidths: Map<string, number>;
}

const timelineIndex = memoizedBy(buildTimelineIndex);

function buildTimelineIndex(data: Dataset): TimelineIndex {
  const refs: Ref[] = [
    ...data.milestones.map((milestone): Ref => ({ date: milestone.date, milestone })),
    ...data.cases.flatMap((record) => record.events.map((event): Ref => ({ date: event.date, record, event }))),
  ];
  // Stable: equal dates keep milestones before case events, each in file order.
  refs.sort((a, b) => compareDates(a.date, b.date));
  const years: YearEntries[] = [];
  let cited = new Set<string>();
  for (const ref of refs) {
    const year = Number(ref.date.slice(0, 4));
    if (years[years.length - 1]?.year !== year) {
      years.push({ year, refs: [], milestones: [], events: 0, sources: [] });
      cited = new Set();
    }
    const entries = years[years.length - 1]!;
    entries.refs.push(ref);
    if ('milestone' in ref) entries.milestones.push(ref);
    else entries.events++;
    for (const source of sourceOf(ref)) {
      if (cited.has(source)) continue;
      cited.add(source);
      entries.sources.push(source);
    }
  }
  return { years, dateWidths: new Map() };
}

function sourceOf(ref: Ref): CaseEvent['source'] {
  return 'milestone' in ref ? ref.milestone.source : ref.event.source;
}

function entryText(ref: Ref, lang: Lang): string {
  if ('milestone' in ref) return `**${escapeMarkdown(ref.milestone.title)}**`;
  const { record: c, event: e } = ref;
  const text = labelsFor(lang).timelineEvent(escapeMarkdown(lang === 'zh' ? personName(c, 'zh') : c.name), e);
  // A date that is an announcement's or a report's says so.
  return e.dated ? `${text}${labelsFor(lang).datedMark[e.dated]}` : text;
}

function dateWidth(index: TimelineIndex, entries: YearEntries, lang: Lang, dateShort: (d: string) => string): number {
  const key = `${lang}:${entries.year}`;
  let width = index.dateWidths.get(key);
  if (width === undefined) {
    width = 0;
    for (const date of new Set(entries.refs.map((r) => r.date))) width = Math.max(width, displayWidth(dateShort(date)));
    index.dateWidths.set(key, width);
  }
  return width;
}

/**
 * A year's lines as fields of at most 1,024 characters each: `2018`, `2018
 * (2)`; at most `max` fields, so the lines past what an embed can hold are
 * never written (a year has thousands of case events at 100,000 cases).
 */
function yearFields(year: number, count: number, lineAt: (i: number) => string, max: number): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  let chunk: string[] = [];
  /** The chunk's length joined with line breaks. */
  let length = 0;
  const flush = (): void => {
    if (chunk.length > 0) fields.push({ name: fields.length === 0 ? String(year) : `${year} (${fields.length + 1})`, value: chunk.join('\n') });
    chunk = [];
    length = 0;
  };
  for (let i = 0; i < count; i++) {
    const line = lineAt(i);
    if (length + (chunk.length > 0 ? 1 : 0) + line.length > LIMITS.fieldValue) {
      flush();
      if (fields.length === max) return fields;
    }
    length += (chunk.length > 0 ? 1 : 0) + line.length;
    chunk.push(line);
  }
  flush();
  return fields;
}

export default defineCommand({
  definition: {
    name: 'timeline',
    description: 'Milestones of the Sky Net campaign and its cases, in date order',
    options: [{ type: OptionType.Integer, name: 'year', description: 'Only this year, e.g. 2018', autocomplete: true, min_value: 2000, max_value: 2100 }],
  },
  examples: ['/timeline', '/timeline year:2018'],

  run(options, { data, locale }) {
    const t = labels(locale);
    const f = formats(t.lang);
    const year = options.integer('year');
    const index = timelineIndex(data);
    const shown = year === undefined ? index.years : index.years.filter((y) => y.year === year);
    if (shown.length === 0) return errorReply(t.timelineNothing(year!, index.years[0]!.year, index.years[index.years.length - 1]!.year));
    const cite = new Citations();
    // Dates padded to the widest shown, so the events line up in either language.
    const width = Math.max(12, ...shown.map((y) => dateWidth(index, y, t.lang, f.dateShort)));
    const line = (ref: Ref) => `\`${padEnd(f.dateShort(ref.date), width)}\` ${entryText(ref, t.lang)}${cite.cite(sourceOf(ref))}`;
    // Every year: its milestones, and how many case events it has (the cases alone would pass Discord's limits); one year: everything.
    const fields = shown.flatMap((y) => {
      if (year !== undefined) {
        const written = yearFields(y.year, y.refs.length, (i) => line(y.refs[i]!), LIMITS.embedFields);
        // The lines past the embed's fields are not shown, but the footer names every source the year cites, as it always has.
        cite.cite(y.sources);
        return written;
      }
      const lines = [...y.milestones.map(line), ...(y.events > 0 ? [t.timelineCaseEvents(y.events, y.year)] : [])];
      return yearFields(y.year, lines.length, (i) => lines[i]!, Infinity);
    });
    return reply({
      embeds: [
        {
          title: t.timelineTitle(year),
          description: t.timelineHint(year === undefined),
          color: COLOR.info,
          fields: [...fields, ...cite.fields(t.otherSources)],
          footer: cite.footer(data.meta, t),
        },
      ],
    });
  },

  autocomplete(focused, _options, { data, locale }) {
    const typed = focused.value.trim();
    const t = labels(locale);
    return timelineIndex(data)
      .years.filter(({ year }) => String(year).startsWith(typed))
      .map(({ year, refs }) => ({ name: t.timelineChoice(year, refs.length), value: year }));
  },
});
