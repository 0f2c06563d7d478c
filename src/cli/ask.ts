/**
 * One-shot: `npm run ask -- "/case name:yang xiuzhu"` prints the reply.
 *   --json          print exactly the interaction response Discord would receive
 *   --autocomplete  treat the last option as the one being typed
 * Standard output holds only the answer; logs go to standard error. A line
 * that cannot be read exits with code 2 and a usage message.
 */
import { loadConfig } from '../config/env.js';
import { createApp, screenLoggerFor } from '../app.js';
import { drawResponse, terminalStyle } from '../render/terminal.js';
import { lineToInteraction, UsageError } from '../terminal/line.js';
import { reportStartupError } from './startupError.js';

const USAGE = 'usage: npm run ask -- "/year year:2019" [--json] [--autocomplete]';

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const words = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--autocomplete');
  if (unknown.length > 0 || words.length === 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown flag ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const app = await createApp(config, screenLoggerFor(config));
  let incoming;
  try {
    incoming = lineToInteraction(words.join(' '), app.registry, flags.has('--autocomplete') ? 'autocomplete' : 'run');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { response, files } = await app.handle(incoming);
  // `null` is "send nothing" (see Dispatched): printed as JSON `null`, and as nothing at all when drawn.
  if (response === null) process.stdout.write(flags.has('--json') ? 'null\n' : '');
  else process.stdout.write(flags.has('--json') ? `${JSON.stringify(response)}\n` : `${drawResponse(response, files, terminalStyle())}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportStartupError(error);
  },
);
