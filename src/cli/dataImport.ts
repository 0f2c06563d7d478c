/**
 * `npm run data:import -- [--dry-run] FILE.csv …`: reads the CSV files an
 * editor exported with /export and changed in a spreadsheet (cases, years,
 * milestones, sources), checks every row as the bot checks its data, shows
 * the difference from the current data, and only then writes `data/*.json`,
 * bumps the data's version and records the change in changelog.json. Any
 * problem, `cases.csv:ROW:COLUMN: what is wrong`, and nothing is written.
 * `--dry-run` shows the difference and writes nothing. DATA_DIR (or
 * `--data DIR`) names another data folder.
 */
import path from 'node:path';
import { DEFAULT_DATA_DIR } from '../paths.js';
import { describeDiff } from '../import/describe.js';
import { planImport } from '../import/importData.js';
import { installFiles } from '../import/installFiles.js';
import { formatImportProblem, readSheetFiles, type SheetFile } from '../import/readSheet.js';
import { hasChanges } from '../import/tableDiff.js';
import { runCli } from './startupError.js';

const USAGE = 'usage: npm run data:import -- [--dry-run] [--data DIR] cases.csv [years.csv milestones.csv sources.csv]';

async function main(argv: string[]): Promise<number> {
  let dryRun = false;
  let dir = process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (arg.startsWith('--')) {
      process.stderr.write(`unknown flag ${arg}\n${USAGE}\n`);
      return 2;
    } else names.push(arg);
  }
  if (names.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  dir = path.resolve(dir);
  let files: SheetFile[];
  try {
    files = await readSheetFiles(names);
  } catch (error) {
    process.stdout.write(`${(error as Error).message}\nNothing written.\n`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const plan = await planImport({ dir, files, today });
  if (plan.problems.length > 0) {
    process.stdout.write(
      `${plan.problems.map(formatImportProblem).join('\n')}\n${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}: nothing written to ${dir}\n`,
    );
    return 1;
  }
  if (!hasChanges(plan.diffs)) {
    process.stdout.write(
      `No changes: ${dir} already says what ${files.map((f) => f.name).join(', ')} ${files.length === 1 ? 'says' : 'say'}. Nothing written.\n`,
    );
    return 0;
  }
  process.stdout.write(`${describeDiff(plan.diffs)}\n`);
  const version = plan.version ? `data version ${plan.version.from} → ${plan.version.to}` : '';
  if (dryRun || !plan.writes) {
    process.stdout.write(`Dry run: ${version}; nothing written.\n`);
    return 0;
  }
  await installFiles(dir, plan.writes);
  process.stdout.write(`Wrote ${[...plan.writes.keys()].join(', ')} in ${dir}: ${version}, recorded in changelog.json.\n`);
  return 0;
}

runCli(main);
