/**
 * "Find cases" — a message command: right-click any message (Apps, Find
 * cases) for the fugitives it names, however the names are written (pinyin
 * with any spacing, case, hyphens or a slip; Chinese characters), each with a
 * one-line summary and a button that opens the full /case card.
 */
import { checkDraft, defineMessageCommand, LIMITS, labels, namedCases, personName, renderFindCases, type Reply } from '../src/kit/index.js';

const KEY = 'find-cases';
/** Discord's limit: five rows of five buttons. */
const MOST_BUTTONS = 25;

export default defineMessageCommand({
  definition: { type: 3, name: 'Find cases' },
  key: KEY,
  examples: [`/message ${KEY} Yang Xiuzhu came back in 2016; xuchaofan was sent back from the US. 杨秀珠 and Jiasiyu were named too.`],

  run(target, { data, locale }) {
    const t = labels(locale);
    const result = checkDraft(target.content, data);
    const answer: Reply = renderFindCases(result, data, locale);
    // A button's custom_id holds at most 100 characters: a case whose id is too long to fit gets no button.
    const records = namedCases(result, data)
      .filter((r) => `case:open:${r.id}`.length <= LIMITS.customId)
      .slice(0, MOST_BUTTONS);
    // Each opens the case's card through /case's own button handler (`case:open:<id>`).
    const buttons = records.map((r) => ({ type: 2 as const, style: 2 as const, label: t.openCase(personName(r, t.lang)), custom_id: `case:open:${r.id}` }));
    const rows = Array.from({ length: Math.ceil(buttons.length / 5) }, (_, i) => ({ type: 1 as const, components: buttons.slice(i * 5, i * 5 + 5) }));
    return { ...answer, ...(rows.length > 0 ? { components: rows } : {}), flags: 64 };
  },
});
