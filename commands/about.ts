/** /about — what the data is, where it comes from, and which version is serving. */
import { APP_VERSION, COLOR, defineCommand, escapeMarkdown, labels, reply, yearsCovered, type Dataset } from '../src/kit/index.js';

/** Cases with characters, counted once per dataset (a Dataset never changes): /about need not read 100,000 cases per call. */
const withCharactersOf = new WeakMap<Dataset, number>();

function withCharacters(data: Dataset): number {
  let count = withCharactersOf.get(data);
  if (count === undefined) {
    count = data.cases.filter((c) => c.chinese).length;
    withCharactersOf.set(data, count);
  }
  return count;
}

export default defineCommand({
  definition: { name: 'about', description: "The bot's data: what it holds, its source and its version" },
  examples: ['/about'],

  run(_options, { data, locale }) {
    const t = labels(locale);
    const { meta } = data;
    return reply({
      embeds: [
        {
          title: t.aboutTitle,
          color: COLOR.info,
          fields: [
            {
              name: t.aboutFields.data!,
              value: t.aboutData(data.years.length, yearsCovered(data.years), data.cases.length, data.milestones.length, withCharacters(data), data.otherYears.length),
            },
            {
              name: t.aboutFields.source!,
              value: `“${escapeMarkdown(meta.report.title)}”${meta.report.author ? t.aboutBy(escapeMarkdown(meta.report.author)) : ''}\n${escapeMarkdown(meta.report.note)}\nFile: ${meta.report.file}`,
            },
            { name: t.aboutFields.read!, value: t.aboutRead },
            { name: t.aboutFields.version!, value: `bot ${APP_VERSION} · data ${meta.version}`, inline: true },
          ],
        },
      ],
    });
  },
});
