/** "Check facts" and "Find cases" over the gateway; the tests are in ./messageCommandsThroughDiscord.ts, shared with the HTTP endpoint's. */
import { messageCommandsThroughDiscord } from './messageCommandsThroughDiscord.js';

messageCommandsThroughDiscord('gateway');
