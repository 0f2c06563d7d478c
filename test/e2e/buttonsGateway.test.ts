/**
 * Page buttons and up-front deferral over the gateway: the real discord.js
 * client, in the bot started as users start it, against the Discord double.
 * The tests are in ./buttonsThroughDiscord.ts, shared with the HTTP endpoint's.
 */
import { buttonsThroughDiscord } from './buttonsThroughDiscord.js';

buttonsThroughDiscord('gateway');
