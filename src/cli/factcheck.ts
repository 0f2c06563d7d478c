/**
 * The copy desk for a publishing system: `npm run factcheck -- draft.txt`
 * (or the draft on standard input) prints the draft with its claims marked,
 * then each claim with what the data says.
 *   --json          one JSON object instead: { claims: [...], people: [...] } (docs/factcheck.md)
 *   --locale=zh-CN  the marks and explanations in Chinese
 *   --eval [dir]    run the corpus (test/factcheck/corpus/) and print precision and recall
 * Exit codes: 0 nothing contradicted, 1 something contradicted (or, with
 * --eval, a target missed), 2 unusable input (no file, not text, nothing to read).
 * Standard output holds only the answer; problems go to standard error.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/env.js';
import { loadDataset } from '../dataset/dataset.js';
import { checkDraft } from '../factcheck/check.js';
import { DEFAULT_CORPUS, evaluate, formatEvaluation, loadCorpus } from '../factcheck/evaluate.js';
import { markDraft } from '../factcheck/render.js';
import { hasCopy, maskNonCopy } from '../factcheck/text.js';
import { toContract } from '../factcheck/types.js';
import { langOf } from '../i18n/lang.js';
import { DEFAULT_DATA_DIR } from '../paths.js';
import { runCli } from './startupError.js';

const USAGE =
  'usage: npm run factcheck -- draft.txt [--json] [--locale=zh-CN]   (or the draft on standard input, or -)\n       npm run factcheck -- --eval [corpus folder]';
const EXIT = { clean: 0, contradicted: 1, unusable: 2 } as const;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The draft as text, or why it cannot be read. */
async function readDraft(file: string | undefined): Promise<{ text: string } | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = file === undefined || file === '-' ? await readStdin() : await readFile(file);
  } catch (error) {
    return { problem: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  if (bytes.includes(0)) return { problem: `${file ?? 'standard input'} is not text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${file ?? 'standard input'} is not UTF-8 text` };
  }
  if (!hasCopy(maskNonCopy(text))) return { problem: `${file ?? 'standard input'} has no words or figures to check` };
  return { text };
}

async function main(argv: string[]): Promise<number> {
  const localeFlag = argv.find((a) => a.startsWith('--locale='));
  const flags = new Set(argv.filter((a) => a.startsWith('--') && a !== localeFlag));
  const words = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--eval');
  if (unknown.length > 0 || words.length > 1 || (flags.has('--eval') && flags.has('--json'))) {
    process.stderr.write(`${unknown.length > 0 ? `unknown flag ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return EXIT.unusable;
  }
  // One draft, then exit: the data is not compacted (src/dataset/store.ts says why).
  const data = await loadDataset(loadConfig().DATA_DIR ?? DEFAULT_DATA_DIR, { compact: false });

  if (flags.has('--eval')) {
    const evaluation = evaluate(await loadCorpus(words[0] ?? DEFAULT_CORPUS, data), data);
    process.stdout.write(`${formatEvaluation(evaluation)}\n`);
    return evaluation.met ? EXIT.clean : EXIT.contradicted;
  }

  if (words.length === 0 && process.stdin.isTTY) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.unusable;
  }
  const draft = await readDraft(words[0]);
  if ('problem' in draft) {
    process.stderr.write(`${draft.problem}\n`);
    if (flags.has('--json')) process.stdout.write(`${JSON.stringify({ claims: [], people: [] })}\n`);
    return EXIT.unusable;
  }
  const result = checkDraft(draft.text, data);
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(toContract(result))}\n`);
  else process.stdout.write(`${markDraft(draft.text, result, langOf(localeFlag?.slice('--locale='.length)))}\n`);
  return result.claims.some((c) => c.verdict === 'contradicted') ? EXIT.contradicted : EXIT.clean;
}

runCli(main);
