/**
 * One-shot: `npm run ask -- "/case name:yang xiuzhu"` prints the reply.
 *   --json          print exactly the interaction response Discord would receive
 *   --autocomplete  treat the last option as the one being typed
 *   --locale=zh-CN  ask as a Discord user whose client is in that language
 *   (`/press <custom_id>` presses a button a reply printed; attachments are
 *   written to a temporary folder and the reply says where)
 * Standard output holds only the answer; logs go to standard error. A line
 * that cannot be read exits with code 2 and a usage message.
 */
import { loadConfig } from '../config/env.js';
import { createApp, screenLoggerFor } from '../app.js';
import { drawResponse, terminalStyle } from '../transports/terminal/draw.js';
import { saveFiles } from '../transports/terminal/files.js';
import type { Incoming } from '../interactions/dispatch.js';
import { lineToIncoming, UsageError } from '../transports/terminal/line.js';
import { runCli } from './startupError.js';

const USAGE = 'usage: npm run ask -- "/year year:2019" [--json] [--autocomplete] [--locale=zh-CN]';

async function main(argv: string[]): Promise<number> {
  const localeFlag = argv.find((a) => a.startsWith('--locale='));
  const flags = new Set(argv.filter((a) => a.startsWith('--') && a !== localeFlag));
  const words = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--autocomplete');
  if (unknown.length > 0 || words.length === 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown flag ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  // One answer, then exit: nothing to share, count or cool down (and prom-client and the limiter stay unloaded).
  const app = await createApp(config, screenLoggerFor(config), { shared: false, counted: false, cooldown: false });
  let incoming: Incoming;
  try {
    const locale = localeFlag?.slice('--locale='.length) || 'en-US';
    incoming = lineToIncoming(words.join(' '), app.registry, flags.has('--autocomplete') ? 'autocomplete' : 'run', locale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { response, files } = await app.handle(incoming);
  const saved = await saveFiles(files);
  if (flags.has('--json')) {
    // `null` is "send nothing" (see Dispatched), printed as JSON `null`.
    process.stdout.write(`${JSON.stringify(response)}\n`);
    // Standard output holds only Discord's JSON; where the attachments went is news for the person.
    for (const file of saved) process.stderr.write(`attachment saved as ${file}\n`);
  } else if (response !== null) process.stdout.write(`${drawResponse(response, files, terminalStyle(), saved)}\n`);
  return 0;
}

runCli(main);
