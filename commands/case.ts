/**
 * /case name:<name> — one fugitive's case, found however the name is typed
 * (run together, misspelt, in characters). When the match is uncertain the
 * reply says so and names the other candidates.
 */
import { defineCommand } from '../src/commands/types.js';
import { LIMITS, OptionType } from '../src/discord/limits.js';
import type { NameMatch } from '../src/search/searchIndex.js';
import { caseCard, caseChoiceLabel, caseSummary, displayName } from '../src/render/caseCard.js';
import { COLOR, errorReply, reply } from '../src/render/embed.js';
import { quoteUserText } from '../src/render/markdown.js';
import { caseSentence } from '../src/render/sentence.js';
import { langOf } from '../src/i18n/lang.js';

function candidateList(matches: readonly NameMatch[]): string {
  return matches.map((m) => `• **${displayName(m.record)}**: ${caseSummary(m.record)}`).join('\n');
}

export default defineCommand({
  definition: {
    name: 'case',
    description: "A fugitive's case: post, list-of-100 rank, where they fled, what happened and when",
    options: [
      {
        type: OptionType.String,
        name: 'name',
        description: 'Name in pinyin or Chinese characters, e.g. Yang Xiuzhu or 杨秀珠',
        required: true,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  examples: ['/case name:yang xiuzhu', '/case name:杨秀珠', '/case name:xuchaofan'],

  run(options, { data, locale }) {
    const lang = langOf(locale);
    const query = options.string('name', true);
    // How sure the match is, and which others fit as well, is search's to say (src/search/confidence.ts).
    const { band, matches, alike } = data.search.findCases(query, 6);
    const best = matches[0];
    if (!best) return errorReply(`No case in the data matches ${quoteUserText(query)}. Try /search, or pick a name while typing.`);
    let notice: string | undefined;
    switch (band) {
      case 'guess':
        return reply({
          ephemeral: true,
          embeds: [{ title: 'No close match', description: `Nothing matches ${quoteUserText(query)} closely. Did you mean:\n${candidateList(matches.slice(0, 5))}`, color: COLOR.warn }],
        });
      case 'closest':
      case 'confident':
        if (alike.length > 0) notice = `⚠️ ${quoteUserText(query)} matches ${alike.length + 1} cases; showing the first. Also: ${alike.map((m) => displayName(m.record)).join(', ')}.`;
        else if (band === 'closest') {
          const others = matches.slice(1, 4).map((m) => displayName(m.record));
          notice = `⚠️ Closest match for ${quoteUserText(query)}.${others.length > 0 ? ` Other candidates: ${others.join(', ')}.` : ''}`;
        }
        break;
      case 'exact':
        break;
    }
    // The sentence goes in the message text, which a phone copies with a long press (embeds it does not).
    return reply({ content: caseSentence(best.record, data.meta, lang), embeds: [caseCard(best.record, data.meta, { lang, ...(notice ? { notice } : {}) })] });
  },

  autocomplete(focused, _options, { data }) {
    const typed = focused.value.trim();
    // Nothing typed yet: the first cases in the file, not a label for each of 100,000.
    const records = typed ? data.search.findCases(typed, LIMITS.autocompleteChoices).matches.map((m) => m.record) : data.cases.slice(0, LIMITS.autocompleteChoices);
    return records.map((c) => ({ name: caseChoiceLabel(c), value: c.name }));
  },
});
