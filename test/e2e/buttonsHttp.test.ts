/**
 * Page buttons and up-front deferral over the HTTP interactions endpoint:
 * signed POSTs from the Discord double to the bot started as users start it.
 * The tests are in ./buttonsThroughDiscord.ts, shared with the gateway's.
 */
import { buttonsThroughDiscord } from './buttonsThroughDiscord.js';

buttonsThroughDiscord('http');
