/** What the trueToSources tests read in a reply, shared by its files. */
import type { APIEmbed } from 'discord-api-types/v10';
import { embedText, type MessageData } from '../../support/app.js';

export const ZH = 'zh-CN';
/** Everything a reader sees in a reply: the message text and every embed. */
export const seen = (m: MessageData): string => [m.content ?? '', ...(m.embeds ?? []).map((e: APIEmbed) => embedText(e))].join('\n');
