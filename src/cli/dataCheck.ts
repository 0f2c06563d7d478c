/**
 * `npm run data:check [-- folder]`: validates the data files and prints every
 * problem as `file: path: what is wrong`, exiting 1 when there is any.
 */
import path from 'node:path';
import { readDataParts } from '../data/load.js';
import { DataError, formatProblem } from '../data/problems.js';
import { DEFAULT_DATA_DIR } from '../paths.js';
import { runCli } from './startupError.js';

async function main(argv: string[]): Promise<number> {
  const dir = path.resolve(argv[0] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR);
  try {
    const parts = await readDataParts(dir);
    const quotes = `every quote found word for word in sources/${parts.meta.report.file}; every event's type, country and place stated by its evidence`;
    const others = parts.otherYears?.length ? ` (and ${parts.otherYears.length} from other reports, each figure with its address)` : '';
    process.stdout.write(`${dir}: OK: ${parts.years.length} years${others}, ${parts.cases.length} cases, ${parts.milestones.length} milestones; ${quotes}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    process.stdout.write(
      `${error.problems.map(formatProblem).join('\n')}\n${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in ${dir}\n`,
    );
    return 1;
  }
}

runCli(main);
