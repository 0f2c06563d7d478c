/**
 * Reloading the data while the bot runs (on SIGHUP, or when a file in the
 * data folder changes). The store builds the complete new Dataset aside and
 * swaps it in with one assignment, so an interaction sees the old data or the
 * new, never a mix. An invalid edit changes nothing a user sees: the last
 * good data keeps serving and the log says exactly what is wrong, file and
 * field, so the person editing can mend it and save again.
 *
 * Reloads never overlap: one asked for while another runs waits for it and
 * then reads the files again, so the last save always wins; any number asked
 * for meanwhile share that one run.
 */
import type { Logger } from '../log.js';
import { DataError, formatProblem, type DataProblem } from '../data/problems.js';
import type { DataStore } from './store.js';

export type ReloadResult = { ok: true; version: string } | { ok: false; serving: string; problems: DataProblem[] };

export interface DataReloader {
  reload(reason: string): Promise<ReloadResult>;
}

export function createReloader(store: DataStore, log: Logger): DataReloader {
  let running: Promise<ReloadResult> | undefined;
  let queued: Promise<ReloadResult> | undefined;

  async function once(reason: string): Promise<ReloadResult> {
    const started = performance.now();
    const serving = store.current().meta.version;
    try {
      const data = await store.reload();
      const ms = Math.round(performance.now() - started);
      log.info(
        { reason, version: data.meta.version, previous: serving, years: data.years.length, cases: data.cases.length, milestones: data.milestones.length, ms },
        'data reloaded',
      );
      return { ok: true, version: data.meta.version };
    } catch (error) {
      const problems: DataProblem[] =
        error instanceof DataError ? error.problems : [{ file: '(data folder)', path: '', message: error instanceof Error ? error.message : String(error) }];
      // One line, every problem in it as `file: field: what is wrong` and as fields, plus what is still being served.
      log.error(
        {
          reason,
          dir: store.current().dir,
          serving,
          problems: problems.map((p) => ({ file: p.file, field: p.path, message: p.message })),
          summary: problems.map(formatProblem),
        },
        `data reload refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); still serving data ${serving}`,
      );
      return { ok: false, serving, problems };
    }
  }

  function start(reason: string): Promise<ReloadResult> {
    const run = once(reason).finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  }

  return {
    reload(reason) {
      if (queued) return queued;
      if (!running) return start(reason);
      const next = running.then(() => {
        queued = undefined;
        return start(reason);
      });
      queued = next;
      return next;
    },
  };
}
