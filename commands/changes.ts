/**
 * /changes — what changed in the data lately, newest first: each change's
 * data version and day, what it added, changed and removed (cases by name),
 * and how it was made (`npm run data:import cases.csv`, or by hand). A
 * reporter sees at a glance what is new since last week.
 */
import { COLOR, defineCommand, errorReply, escapeMarkdown, formats, labels, reply, type ChangeEntry, type ReplyLabels } from '../src/kit/index.js';

/** Entries shown, newest first. */
export const SHOWN = 5;
/** Names listed per table and kind of change before "and N more". */
const NAMES = 6;

type Verb = 'added' | 'changed' | 'removed';

/** `Added: 54 cases (Ba Lianxiao, Chang Gaocai, … and 48 more), 157 source addresses`. */
function verbLine(entry: ChangeEntry, verb: Verb, t: ReplyLabels): string | undefined {
  const records = entry[verb];
  if (records.length === 0) return undefined;
  const tables = [...new Set(records.map((r) => r.table))];
  const parts = tables.map((table) => {
    const of = records.filter((r) => r.table === table);
    const count = t.changesCount(of.length, t.changesTables[table] ?? [table, table]);
    // Names only where a reader knows the record by one: a case, a year, a milestone (an address says little).
    if (table === 'sources') return count;
    const names = of.slice(0, NAMES).map((r) => escapeMarkdown(r.label ?? r.id));
    const more = of.length > NAMES ? t.changesMore(of.length - NAMES) : '';
    return t.changesNamed(count, t.list(names), more);
  });
  return `**${t.changesVerb[verb]}**${t.colon}${t.list(parts)}`;
}

function entryField(entry: ChangeEntry, t: ReplyLabels) {
  const lines = (['added', 'changed', 'removed'] as const).map((verb) => verbLine(entry, verb, t)).filter((l): l is string => Boolean(l));
  return { name: t.changesEntry(entry.version, formats(t.lang).date(entry.date)), value: [...lines, `-# ${escapeMarkdown(entry.how)}`].join('\n') };
}

export default defineCommand({
  definition: { name: 'changes', description: 'What changed in the data lately: records added, changed and removed, newest first' },
  examples: ['/changes'],

  run(_options, { data, locale }) {
    const t = labels(locale);
    const entries = [...data.changelog].reverse();
    if (entries.length === 0) return errorReply(t.changesNone);
    const shown = entries.slice(0, SHOWN);
    return reply({
      embeds: [
        {
          title: t.changesTitle,
          description: t.changesHint(shown.length, entries.length),
          color: COLOR.info,
          fields: shown.map((e) => entryField(e, t)),
          footer: t.changesFooter(data.meta.version),
        },
      ],
    });
  },
});
