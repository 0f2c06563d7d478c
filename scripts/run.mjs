/**
 * Runs an entry point of the bot as compiled JavaScript: `npm start` is
 * `node scripts/run.mjs src/main.ts`, `npm run ask` is `... src/cli/ask.ts`.
 *
 * Why: transpiling TypeScript at every start (tsx) cost about 0.8 s of a
 * command-line answer; compiled JavaScript starts in a fraction of that. The
 * build is never stale: it is kept under a fingerprint of every file it is
 * compiled from (src/, commands/, the TypeScript settings and compiler), so
 * an edited, added or deleted source file means a new fingerprint and a new
 * build (TypeScript 7's tsc, emit only: about 0.4 s), before the code runs.
 * Builds live in node_modules/.cache/skynet-desk-bot/<fingerprint>/; the
 * most recent few are kept.
 *
 * An entry outside the compiled folders (a test fixture) runs through tsx, as
 * `node --import tsx <entry>` would.
 *
 * Plain JavaScript with no dependencies, because it runs before anything is
 * compiled. Several processes starting at once (the tests, a cluster's
 * workers) build once: the first takes a lock, the others wait for its build.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What tsconfig.build.json compiles. */
const COMPILED = ['src', 'commands'];
/** Files that change what the compiler emits. */
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'node_modules/typescript/package.json'];
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'skynet-desk-bot');
const KEEP_BUILDS = 5;
/** A lock older than this was left by a build that died: take it over. */
const STALE_LOCK_MS = 120_000;

/** Every file under `dir`, relative to ROOT, sorted. */
function filesUnder(dir) {
  const out = [];
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** A hash of the name and contents of every file the build is made from. */
export function fingerprint() {
  const hash = createHash('sha256');
  for (const file of [...COMPILED.flatMap(filesUnder), ...SETTINGS]) {
    hash.update(`${file}\0`);
    hash.update(existsSync(path.join(ROOT, file)) ? readFileSync(path.join(ROOT, file)) : '(none)');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Keeps the newest builds; a running bot has loaded its modules, so removing its folder does not stop it. */
function pruneBuilds(current) {
  const builds = readdirSync(CACHE, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{20}$/.test(e.name) && e.name !== current)
    .map((e) => ({ name: e.name, time: statSync(path.join(CACHE, e.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of builds.slice(KEEP_BUILDS - 1)) rmSync(path.join(CACHE, old.name), { recursive: true, force: true });
}

function compile(outDir) {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    // Emit only (--noCheck): type errors are `npm run typecheck`'s business, as they were tsx's.
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir, '--noCheck'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`The TypeScript sources do not compile:\n${output || error.message}`);
  }
}

/** The folder holding the compiled build of the sources as they are now, building it first when needed. */
export function ensureBuild() {
  const id = fingerprint();
  const out = path.join(CACHE, id);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  const lock = `${out}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (existsSync(out)) return out;
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Gone meanwhile: try again.
    }
    sleep(50);
  }
  try {
    if (existsSync(out)) return out;
    const building = `${out}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    compile(building);
    // One rename: another process sees the whole build or none of it.
    renameSync(building, out);
    pruneBuilds(id);
    return out;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `--build` (npm's prepare, after install): builds now, so the first start need not. A failure is reported, not fatal to the install. */
function buildOnly() {
  try {
    ensureBuild();
  } catch (error) {
    process.stderr.write(`${error.message}\n(npm start builds again when it runs.)\n`);
  }
}

/** Runs `entry` (a .ts file) with `args`, compiled when it is one of the bot's own, else through tsx. */
async function main() {
  const [entry, ...args] = process.argv.slice(2);
  if (entry === '--build') return buildOnly();
  if (!entry) {
    process.stderr.write('usage: node scripts/run.mjs <entry.ts> [arguments] | --build\n');
    process.exitCode = 2;
    return;
  }
  const absolute = path.resolve(entry);
  const relative = path.relative(ROOT, absolute);
  const compiled = COMPILED.some((dir) => relative.startsWith(`${dir}${path.sep}`)) && relative.endsWith('.ts');
  let file = absolute;
  if (compiled) {
    let build;
    try {
      build = ensureBuild();
    } catch (error) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    file = path.join(build, relative.replace(/\.ts$/, '.js'));
  } else {
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    await import(tsx);
    // A cluster's workers run the entry again with these arguments: through tsx too.
    process.execArgv.push('--import', tsx);
  }
  // The entry sees the command line it would have seen run directly, and so do a cluster's workers.
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
