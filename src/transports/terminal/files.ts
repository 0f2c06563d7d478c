/**
 * Attachments in the terminal and the one-shot CLI: written to a folder
 * under the system's temporary directory, so the reply can say where the
 * chart or spreadsheet is. Each run gets its own folder; nothing is
 * overwritten that another run may still be reading.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ReplyFile } from '../../discord/payload.js';

/** Writes the files and returns their paths, in order; none when there are no files. */
export async function saveFiles(files: readonly ReplyFile[], root: string = os.tmpdir()): Promise<string[]> {
  if (files.length === 0) return [];
  const dir = await mkdtemp(path.join(root, 'skynet-desk-bot-'));
  return Promise.all(
    files.map(async (file) => {
      // The name is the bot's own, but a path separator must never lead elsewhere.
      const target = path.join(dir, path.basename(file.name));
      await writeFile(target, file.data);
      return target;
    }),
  );
}
