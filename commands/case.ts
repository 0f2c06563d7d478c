/**
 * /case name:<name> — one fugitive's case, found however the name is typed
 * (run together, misspelt, in characters). When the match is uncertain the
 * reply says so and names the other candidates.
 */
import {
  COLOR,
  LIMITS,
  OptionType,
  caseCard,
  caseChoiceLabel,
  caseSentence,
  caseSummary,
  defineCommand,
  displayName,
  errorReply,
  escapeMarkdown,
  labels,
  langOf,
  quoteUserText,
  reply,
  type CaseRecord,
  type Dataset,
  type Lang,
  type NameMatch,
  type Reply,
} from '../src/kit/index.js';

function candidateList(matches: readonly NameMatch[], lang: Lang): string {
  return matches.map((m) => `• **${escapeMarkdown(displayName(m.record))}**: ${caseSummary(m.record, lang)}`).join('\n');
}

/** The prefix of the buttons that open a case's card (issued by the "Find cases" message command). */
const OPEN = 'case:open:';

/** A case's card, with its copy-ready sentence in the message text (a phone copies that with a long press; embeds it does not). */
function cardReply(record: CaseRecord, data: Dataset, lang: Lang, notice?: string): Reply {
  return reply({
    content: caseSentence(record, data.meta, lang, data.sourceByUrl),
    embeds: [caseCard(record, data.meta, { lang, sources: data.sourceByUrl, ...(notice ? { notice } : {}) })],
  });
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
    const t = labels(locale);
    const lang = t.lang;
    const query = options.string('name', true);
    const asked = quoteUserText(query);
    // A picked autocomplete choice of a shared name sends the case's id: that case, no question.
    const picked = data.caseById.get(query.trim());
    if (picked) return cardReply(picked, data, lang);
    // How sure the match is, and which others fit as well, is search's to say (src/search/confidence.ts).
    const { band, matches, alike } = data.search.findCases(query, 6);
    const best = matches[0];
    if (!best) return errorReply(t.caseNoMatch(asked));
    let notice: string | undefined;
    switch (band) {
      case 'guess':
        return reply({
          ephemeral: true,
          embeds: [{ title: t.caseNoCloseTitle, description: t.caseNoClose(asked, candidateList(matches.slice(0, 5), lang)), color: COLOR.warn }],
        });
      case 'closest':
      case 'confident':
        if (alike.length > 0) notice = t.caseAlike(asked, alike.length + 1, t.list(alike.map((m) => escapeMarkdown(displayName(m.record)))));
        else if (band === 'closest') notice = t.caseClosest(asked, t.list(matches.slice(1, 4).map((m) => escapeMarkdown(displayName(m.record)))));
        break;
      case 'exact':
        break;
    }
    return cardReply(best.record, data, lang, notice);
  },

  /** `case:open:<id>`: a "Find cases" button opens this case's card, for the presser alone. */
  onComponent(customId, { data, locale }) {
    const t = labels(locale);
    const record = customId.startsWith(OPEN) ? data.caseById.get(customId.slice(OPEN.length)) : undefined;
    if (!record) return { reply: errorReply(t.caseGone) };
    return { reply: { ...cardReply(record, data, t.lang), flags: 64 } };
  },

  autocomplete(focused, _options, { data, locale }) {
    const typed = focused.value.trim();
    // Nothing typed yet: the first cases in the file, not a label for each of 100,000.
    const records = typed
      ? data.search.findCases(typed, LIMITS.autocompleteChoices).matches.map((m) => m.record)
      : data.cases.slice(0, LIMITS.autocompleteChoices);
    const lang = langOf(locale);
    // The value is what /case receives when a choice is picked: the name, which reads well in the
    // terminal and logs, unless another case answers to it too; then the id, so that the card shown
    // is the one picked (at 100,000 cases a dozen people can be called Chen Gang).
    return records.map((c) => ({ name: caseChoiceLabel(c, lang), value: data.search.sharesName(c) ? c.id : c.name }));
  },
});
