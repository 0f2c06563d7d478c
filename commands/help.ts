/** /help — what each command does, with an example to copy, in the reader's language. */
import { COLOR, ZH_LOCALE, defineCommand, langOf, reply } from '../src/kit/index.js';

export default defineCommand({
  definition: { name: 'help', description: 'What the Sky Net desk bot can do, with examples' },
  examples: ['/help'],

  run(_options, { commands, locale }) {
    const zh = langOf(locale) === 'zh';
    return reply({
      ephemeral: true,
      embeds: [
        {
          title: zh ? '天网资料机器人' : 'Sky Net desk bot',
          description: zh
            ? '中国“天网”行动追逃追赃的数据和案件，来自一篇新闻报道（机器翻译），每个数字都注明来源。'
            : 'Figures and cases of China\'s "Sky Net" campaign to bring back corruption fugitives and their money, from one news report (a machine translation), with every figure\'s source.',
          color: COLOR.info,
          fields: commands.map((c) => {
            const zhName = c.definition.name_localizations?.[ZH_LOCALE];
            const description = (zh && c.definition.description_localizations?.[ZH_LOCALE]) || c.definition.description;
            return {
              name: zh && zhName ? `/${c.definition.name}（/${zhName}）` : `/${c.definition.name}`,
              value: `${description}\n${c.examples.map((e) => `\`${e}\``).join('  ')}`,
            };
          }),
        },
      ],
    });
  },
});
