/** Writing the new data files into the folder all or nothing. */
import { existsSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

async function writeDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts the files in `dir`: each written beside its target under a dot-name
 * (which the bot's folder watch ignores), then, only once all are written,
 * moved in; a failed move puts back every file already replaced.
 */
export async function installFiles(dir: string, writes: ReadonlyMap<string, string>): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = (file: string) => path.join(dir, `.${file}.import-${stamp}`);
  const backup = (file: string) => path.join(dir, `.${file}.before-${stamp}`);
  const files = [...writes.keys()];
  try {
    for (const file of files) await writeDurably(temp(file), writes.get(file)!);
  } catch (error) {
    await Promise.all(files.map((f) => unlink(temp(f)).catch(() => undefined)));
    throw error;
  }
  const moved: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(dir, file);
      if (existsSync(target)) await rename(target, backup(file));
      moved.push(file);
      await rename(temp(file), target);
    }
  } catch (error) {
    for (const file of moved.reverse()) {
      if (existsSync(backup(file))) await rename(backup(file), path.join(dir, file)).catch(() => undefined);
    }
    await Promise.all(files.map((f) => unlink(temp(f)).catch(() => undefined)));
    throw error;
  }
  await Promise.all(files.map((f) => unlink(backup(f)).catch(() => undefined)));
}
