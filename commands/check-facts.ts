/**
 * "Check facts" — a message command: right-click any message (Apps, Check
 * facts) and its figures and names are checked against the data, as
 * `/check text:` checks a pasted draft. The reply is private, with a button
 * that posts it to the channel once the reporter has read it.
 */
import { checkDraft, defineMessageCommand, labels, renderCheck, type ComponentAnswer, type Reply } from '../src/kit/index.js';

const KEY = 'check-facts';
/** The button that posts the private reply to the channel. */
const POST = `${KEY}:post`;

function withPostButton(answer: Reply, label: string): Reply {
  return { ...answer, components: [{ type: 1, components: [{ type: 2, style: 1, label, custom_id: POST }] }] };
}

export default defineMessageCommand({
  definition: { type: 3, name: 'Check facts' },
  key: KEY,
  examples: [
    `/message ${KEY} Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan, the highest on record. Xu Chaofan was extradited from Canada.`,
  ],

  run(target, { data, locale }) {
    const t = labels(locale);
    const answer = renderCheck(checkDraft(target.content, data), data, locale);
    // Private first: the reporter reads the verdicts before anyone else does.
    const hasVerdicts = (answer.embeds?.length ?? 0) > 0;
    return { ...(hasVerdicts ? withPostButton(answer, t.fc.postToChannel) : answer), flags: 64 };
  },

  onComponent(customId, { message, locale }): ComponentAnswer {
    const t = labels(locale);
    const embeds = message?.embeds ?? [];
    if (customId !== POST || embeds.length === 0) return { reply: { content: `⚠️ ${t.buttonGone}`, flags: 64, allowed_mentions: { parse: [] } } };
    // The checked reply the button was on, now for the channel (its words are the bot's own, already escaped).
    return { reply: { embeds, allowed_mentions: { parse: [] } } };
  },
});
