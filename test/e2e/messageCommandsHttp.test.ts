/** "Check facts" and "Find cases" over the signed HTTP interactions endpoint; the tests are in ./messageCommandsThroughDiscord.ts. */
import { messageCommandsThroughDiscord } from './messageCommandsThroughDiscord.js';

messageCommandsThroughDiscord('http');
