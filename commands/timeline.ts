/**
 * /timeline [year] — the campaign's milestones and the cases' dated events,
 * in date order, grouped by year.
 */
import { COLOR, Citations, LIMITS, OptionType, compareDates, defineCommand, displayWidth, errorReply, escapeMarkdown, eventFrom, formats, labels, outcomeLabel, outcomePhrase, padEnd, personName, reply, type CaseEvent, type CaseRecord, type Dataset, type Lang, type Milestone } from '../src/kit/index.js';

/** One line of the timeline, its words written only when it is shown. */
type Ref = { date: string; milestone: Milestone } | { date: string; record: CaseRecord; event: CaseEvent };

interface YearEntries {
  year: number;
  /** In date order; on equal dates milestones come before case events, each in file order. */
  refs: Ref[];
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

const indexes = new WeakMap<Dataset, TimelineIndex>();

function timelineIndex(data: Dataset): TimelineIndex {
  let index = indexes.get(data);
  if (index) return index;
  const refs: Ref[] = [
    ...data.milestones.map((milestone): Ref => ({ date: milestone.date, milestone })),
    ...data.cases.flatMap((record) => record.events.map((event): Ref => ({ date: event.date, record, event }))),
  ];
  // Stable: equal dates keep milestones before case events, each in file order.
  refs.sort((a, b) => compareDates(a.date, b.date));
  const years: YearEntries[] = [];
  for (const ref of refs) {
    const year = Number(ref.date.slice(0, 4));
    if (years[years.length - 1]?.year !== year) years.push({ year, refs: [] });
    years[years.length - 1]!.refs.push(ref);
  }
  index = { years, dateWidths: new Map() };
  indexes.set(data, index);
  return index;
}

function entryText(ref: Ref, lang: Lang): string {
  if ('milestone' in ref) return `**${escapeMarkdown(ref.milestone.title)}**`;
  const { record: c, event: e } = ref;
  return lang === 'zh' ? `${escapeMarkdown(personName(c, 'zh'))}：${escapeMarkdown(eventFrom(e, 'zh'))}${outcomeLabel(e.type, 'zh')}` : `${escapeMarkdown(c.name)}: ${escapeMarkdown(outcomePhrase(e))}`;
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

/** A year's lines, written only until they fill a field (the rest would be cut off anyway). */
function yearLines(entries: YearEntries, line: (ref: Ref) => string): string {
  const lines: string[] = [];
  let length = -1;
  for (const ref of entries.refs) {
    if (length > LIMITS.fieldValue) break;
    const text = line(ref);
    lines.push(text);
    length += text.length + 1;
  }
  return lines.join('\n');
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
    const fields = shown.map((y) => ({
      name: String(y.year),
      value: yearLines(y, (ref) => `\`${padEnd(f.dateShort(ref.date), width)}\` ${entryText(ref, t.lang)}${cite.cite('milestone' in ref ? ref.milestone.source : ref.event.source)}`),
    }));
    return reply({
      embeds: [
        {
          title: t.timelineTitle(year),
          description: t.timelineHint(year === undefined),
          color: COLOR.info,
          fields: [...fields, cite.field(t.otherSources)],
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
