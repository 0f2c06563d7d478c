/** /help — what each command does, with an example to copy, in the reader's language. */
import { COLOR, ZH_LOCALE, defineCommand, labels, reply } from '../src/kit/index.js';

export default defineCommand({
  definition: { name: 'help', description: 'What the Sky Net desk bot can do, with examples' },
  examples: ['/help'],

  run(_options, { commands, messageCommands = [], locale }) {
    const t = labels(locale);
    const zh = t.lang === 'zh';
    const slash = commands.map((c) => {
      const zhName = c.definition.name_localizations?.[ZH_LOCALE];
      const description = (zh && c.definition.description_localizations?.[ZH_LOCALE]) || c.definition.description;
      return {
        name: zh && zhName ? `/${c.definition.name}（/${zhName}）` : `/${c.definition.name}`,
        value: `${description}\n${c.examples.map((e) => `\`${e}\``).join('  ')}`,
      };
    });
    // Commands on a message's menu have no description of their own (Discord takes none): the labels say what each does.
    const onMessages = messageCommands.map((c) => ({
      name: t.helpMessageCommand(c.definition.name_localizations?.[ZH_LOCALE] && zh ? c.definition.name_localizations[ZH_LOCALE] : c.definition.name),
      value: `${t.helpMessageCommandWhat[c.key] ?? ''}\n${c.examples.map((e) => `\`${e.length > 120 ? `${e.slice(0, 119)}…` : e}\``).join('  ')}`,
    }));
    return reply({
      ephemeral: true,
      embeds: [{ title: t.helpTitle, description: t.helpIntro, color: COLOR.info, fields: [...slash, ...onMessages] }],
    });
  },
});
