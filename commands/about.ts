/** /about — what the data is, where it comes from, and which version is serving. */
import { defineCommand } from '../src/commands/types.js';
import { COLOR, reply } from '../src/render/embed.js';
import { labels } from '../src/i18n/labels.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { yearsCovered } from '../src/render/years.js';
import { APP_VERSION } from '../src/version.js';

export default defineCommand({
  definition: { name: 'about', description: "The bot's data: what it holds, its source and its version" },
  examples: ['/about'],

  run(_options, { data, locale }) {
    const t = labels(locale);
    const { meta } = data;
    const withCharacters = data.cases.filter((c) => c.chinese).length;
    return reply({
      embeds: [
        {
          title: t.aboutTitle,
          color: COLOR.info,
          fields: [
            {
              name: t.aboutFields.data!,
              value: t.aboutData(data.years.length, yearsCovered(data.years), data.cases.length, data.milestones.length, withCharacters, data.otherYears.length),
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
