/** /help — what each command does, with an example to copy. */
import { defineCommand } from '../src/commands/types.js';
import { COLOR, reply } from '../src/render/embed.js';

export default defineCommand({
  definition: { name: 'help', description: 'What the Sky Net desk bot can do, with examples' },
  examples: ['/help'],

  run(_options, { commands }) {
    return reply({
      ephemeral: true,
      embeds: [
        {
          title: 'Sky Net desk bot',
          description:
            'Figures and cases of China\'s "Sky Net" campaign to bring back corruption fugitives and their money, from one news report (a machine translation), with every figure\'s source.',
          color: COLOR.info,
          fields: commands.map((c) => ({
            name: `/${c.definition.name}`,
            value: `${c.definition.description}\n${c.examples.map((e) => `\`${e}\``).join('  ')}`,
          })),
        },
      ],
    });
  },
});
