/** /about — what the data is, where it comes from, and which version is serving. */
import { defineCommand } from '../src/commands/types.js';
import { COLOR, reply } from '../src/render/embed.js';
import { plural } from '../src/render/format.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { yearsCovered } from '../src/render/years.js';
import { APP_VERSION } from '../src/version.js';

export default defineCommand({
  definition: { name: 'about', description: "The bot's data: what it holds, its source and its version" },
  examples: ['/about'],

  run(_options, { data }) {
    const { meta } = data;
    const withCharacters = data.cases.filter((c) => c.chinese).length;
    return reply({
      embeds: [
        {
          title: 'About the Sky Net desk bot',
          color: COLOR.info,
          fields: [
            {
              name: 'Data',
              value: [
                `${plural(data.years.length, 'year')} of totals (${yearsCovered(data.years)})`,
                plural(data.cases.length, 'named case'),
                plural(data.milestones.length, 'milestone'),
                `Chinese characters for ${withCharacters} of the cases, each from a published source`,
              ].join('\n'),
            },
            {
              name: 'Source',
              value: `“${escapeMarkdown(meta.report.title)}”${meta.report.author ? `, by ${escapeMarkdown(meta.report.author)}` : ''}\n${escapeMarkdown(meta.report.note)}\nFile: ${meta.report.file}`,
            },
            {
              name: 'How to read it',
              value:
                'Every record keeps the report\'s sentence word for word. Facts from other reports carry their address. Terms are cleaned up from the translation: "hundred red-pass personnel" is the list of 100 red-notice fugitives; "returned to China to vote" means returned to surrender.',
            },
            { name: 'Version', value: `bot ${APP_VERSION} · data ${meta.version}`, inline: true },
          ],
        },
      ],
    });
  },
});
