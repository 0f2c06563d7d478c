/**
 * /timeline [year] — the campaign's milestones and the cases' dated events,
 * in date order, grouped by year.
 */
import { defineCommand } from '../src/commands/types.js';
import { OptionType } from '../src/discord/limits.js';
import type { Dataset } from '../src/data/dataset.js';
import { compareDates } from '../src/data/dates.js';
import type { SourceList } from '../src/data/schema.js';
import { outcomePhrase } from '../src/data/terms.js';
import type { Lang } from '../src/i18n/lang.js';
import { personName } from '../src/i18n/names.js';
import { eventFrom, outcomeLabel } from '../src/i18n/terms.js';
import { COLOR, errorReply, reply } from '../src/render/embed.js';
import { formats } from '../src/i18n/format.js';
import { labels } from '../src/i18n/labels.js';
import { displayWidth, padEnd } from '../src/render/width.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { Citations } from '../src/render/sources.js';

interface Entry {
  date: string;
  text: string;
  source: SourceList;
}

export function timelineEntries(data: Dataset, lang: Lang = 'en'): Entry[] {
  const entries: Entry[] = [
    ...data.milestones.map((m) => ({ date: m.date, text: `**${escapeMarkdown(m.title)}**`, source: m.source })),
    ...data.cases.flatMap((c) =>
      c.events.map((e) => ({
        date: e.date,
        text: lang === 'zh' ? `${escapeMarkdown(personName(c, 'zh'))}：${escapeMarkdown(eventFrom(e, 'zh'))}${outcomeLabel(e.type, 'zh')}` : `${escapeMarkdown(c.name)}: ${escapeMarkdown(outcomePhrase(e))}`,
        source: e.source,
      })),
    ),
  ];
  // Stable: equal dates keep milestones before case events, each in file order.
  return entries.sort((a, b) => compareDates(a.date, b.date));
}

function yearsOf(entries: readonly Entry[]): number[] {
  return [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))];
}

/**
 * How many timeline entries each year has, in year order. Autocomplete asks at
 * every keystroke and needs only this: no entry text built, nothing sorted.
 */
function entriesPerYear(data: Dataset): [year: number, count: number][] {
  const counts = new Map<number, number>();
  const count = (date: string): void => {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  };
  for (const m of data.milestones) count(m.date);
  for (const c of data.cases) for (const e of c.events) count(e.date);
  return [...counts].sort(([a], [b]) => a - b);
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
    const all = timelineEntries(data, t.lang);
    const entries = year === undefined ? all : all.filter((e) => e.date.startsWith(String(year)));
    const years = yearsOf(all);
    if (entries.length === 0) return errorReply(t.timelineNothing(year!, years[0]!, years[years.length - 1]!));
    const cite = new Citations();
    // Dates padded to the widest shown, so the events line up in either language.
    const dateWidth = Math.max(12, ...entries.map((e) => displayWidth(f.dateShort(e.date))));
    const fields = yearsOf(entries).map((y) => ({
      name: String(y),
      value: entries
        .filter((e) => e.date.startsWith(String(y)))
        .map((e) => `\`${padEnd(f.dateShort(e.date), dateWidth)}\` ${e.text}${cite.cite(e.source)}`)
        .join('\n'),
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

  autocomplete(focused, _options, { data }) {
    const typed = focused.value.trim();
    return entriesPerYear(data)
      .filter(([y]) => String(y).startsWith(typed))
      .map(([y, n]) => ({ name: `${y} (${n} entries)`, value: y }));
  },
});
