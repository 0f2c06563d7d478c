/**
 * SVG to PNG with resvg (a Rust renderer, prebuilt for each platform in its
 * npm package: no browser, no canvas, no system libraries). System fonts are
 * never loaded, so the image is the same on every machine.
 *
 * The bot draws with `svgToPngAsync`, on a worker thread: a first Chinese
 * chart (up to a second or more of reading glyphs from an 8 MB font, then the
 * PNG encoding) never holds the event loop, so another reporter's /year is
 * answered meanwhile. resvg's own async render was not enough: it encodes
 * the PNG back on the calling thread. At most one render per spare core runs
 * at once, each on a thread of its own; the rest wait their turn, leaving a
 * core to the interactions. The worker is a few lines of plain JavaScript
 * evaluated in place, so it runs the same under tsx, vitest and compiled.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFiles, LATIN_FAMILY } from './font.js';

function options(): ResvgRenderOptions {
  return { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: LATIN_FAMILY }, background: '#ffffff' };
}

type ResvgModule = typeof import('@resvg/resvg-js');
/** Loaded on the first render on this thread, not at start: most answers (and `npm run ask`) draw nothing. */
let resvg: ResvgModule | undefined;

/** On the calling thread: for scripts and tests that want the bytes at once. */
export function svgToPng(svg: string): Uint8Array {
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  return new resvg.Resvg(svg, options()).render().asPng();
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ svg, options }) => {
  try {
    const png = new Uint8Array(new Resvg(svg, options).render().asPng());
    parentPort.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

const RENDERS_AT_ONCE = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];
const idle: Worker[] = [];

function newWorker(): Worker {
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg: createRequire(import.meta.url).resolve('@resvg/resvg-js') } });
}

function renderOn(worker: Worker, svg: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: { png?: Uint8Array; error?: string }) => {
      worker.off('error', onError);
      if (answer.png) resolve(answer.png);
      else reject(new Error(`chart render failed: ${answer.error}`));
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage({ svg, options: options() });
  });
}

/** Off the event loop, on a worker thread, at most RENDERS_AT_ONCE at a time. */
export async function svgToPngAsync(svg: string): Promise<Uint8Array> {
  // A finished render hands its place straight to the next in line, so the count never overshoots.
  if (running < RENDERS_AT_ONCE) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  const worker = idle.pop() ?? newWorker();
  // Kept alive while it draws (a one-shot `npm run ask /chart` waits for it), not while idle.
  worker.ref();
  let healthy = true;
  try {
    return await renderOn(worker, svg);
  } catch (error) {
    healthy = !(error instanceof Error && !error.message.startsWith('chart render failed'));
    throw error;
  } finally {
    worker.unref();
    if (healthy) idle.push(worker);
    else void worker.terminate();
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
