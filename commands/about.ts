/** /about — what the data is, where it comes from, and which version is serving. */
import {
  APP_VERSION,
  COLOR,
  defineCommand,
  escapeMarkdown,
  formats,
  labels,
  reply,
  yearsCovered,
  type ChangeEntry,
  type Dataset,
  type ReplyLabels,
  memoizedBy,
} from '../src/kit/index.js';

/** Cases with characters, counted once per dataset (a Dataset never changes): /about need not read 100,000 cases per call. */
const withCharacters = memoizedBy((data: Dataset): number => data.cases.filter((c) => c.chinese).length);

/** `54 cases and 157 source addresses added; 16 cases and 1 year changed`: the counts of a change, table by table. */
function changeSummary(entry: ChangeEntry, t: ReplyLabels): string {
  return (['added', 'changed', 'removed'] as const)
    .filter((verb) => entry[verb].length > 0)
    .map((verb) => {
      const tables = [...new Set(entry[verb].map((r) => r.table))];
      const counts = tables.map((table) => t.changesCount(entry[verb].filter((r) => r.table === table).length, t.changesTables[table] ?? [table, table]));
      return `${t.changesVerb[verb]} ${t.list(counts)}`;
    })
    .join(t.clause);
}

export default defineCommand({
  definition: { name: 'about', description: "The bot's data: what it holds, its source and its version" },
  examples: ['/about'],

  run(_options, { data, locale }) {
    const t = labels(locale);
    const { meta } = data;
    const latest = data.changelog[data.changelog.length - 1];
    return reply({
      embeds: [
        {
          title: t.aboutTitle,
          color: COLOR.info,
          fields: [
            {
              name: t.aboutFields.data!,
              value: `${t.aboutData(data.years.length, yearsCovered(data.years), data.cases.length, data.milestones.length, withCharacters(data), data.otherYears.length)}\n${t.aboutRecords(data.sources.length, data.list100.points.length)}`,
            },
            {
              name: t.aboutFields.source!,
              value: `“${escapeMarkdown(meta.report.title)}”${meta.report.author ? t.aboutBy(escapeMarkdown(meta.report.author)) : ''}\n${escapeMarkdown(meta.report.note)}\nFile: ${meta.report.file}`,
            },
            { name: t.aboutFields.read!, value: t.aboutRead },
            { name: t.aboutFields.version!, value: `bot ${APP_VERSION} · data ${meta.version}`, inline: true },
            latest
              ? { name: t.aboutFields.changes!, value: t.aboutChanges(latest.version, formats(t.lang).date(latest.date), changeSummary(latest, t)) }
              : undefined,
          ],
        },
      ],
    });
  },
});
