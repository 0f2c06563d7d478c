/**
 * Holds the dataset the bot is serving. A reload builds a complete new
 * Dataset aside and swaps it in with one assignment, so an interaction sees
 * either the old data or the new, never a mix; an invalid edit leaves the old
 * data serving.
 */
import type { Dataset } from './dataset.js';
import { compactDataset, loadDataset } from './dataset.js';

export interface OpenOptions {
  /**
   * A bot that serves for a long time (`npm start`): the search indexes are
   * built in the background a moment after start, the name index (which
   * every keystroke of autocomplete reads) first, so that the first answers
   * do not wait for them and later readers find them built; a reloaded
   * dataset is built whole before it is swapped in. Without it (`npm run
   * ask`: one answer, then exit) nothing is built ahead. Either way, a part
   * not built yet is built when a command first reads it: a first /case at
   * once pays what building it first would have cost, no more.
   */
  serving?: boolean;
}

/** How long after start the indexes are built, when serving: after the first answers of a burst at start. */
const BACKGROUND_BUILD_DELAY_MS = 500;

export class DataStore {
  private dataset: Dataset;

  private constructor(
    initial: Dataset,
    private readonly serving: boolean,
  ) {
    this.dataset = initial;
  }

  static async open(dir?: string, options: OpenOptions = {}): Promise<DataStore> {
    // Not compacted before the first answer: a one-shot answer has no use for it, and a serving
    // bot does it in the background with the indexes (0.3 s off a first answer at 100,000 cases).
    const store = new DataStore(await loadDataset(dir, { compact: false }), options.serving ?? false);
    if (store.serving) {
      const first = store.dataset;
      const stillServed = (): boolean => store.dataset === first;
      // Not kept alive for them: a bot that stops first has no use for the indexes.
      setTimeout(() => {
        if (!stillServed()) return;
        compactDataset(first);
        first.search.buildNames();
        // The /search index in a later turn, so that an interaction arriving meanwhile waits for one part at most.
        setImmediate(() => stillServed() && first.search.build()).unref();
      }, BACKGROUND_BUILD_DELAY_MS).unref();
    }
    return store;
  }

  static of(dataset: Dataset): DataStore {
    return new DataStore(dataset, false);
  }

  current(): Dataset {
    return this.dataset;
  }

  /** Loads the folder again; throws a DataError (and keeps the old data) when the new files are invalid. */
  async reload(): Promise<Dataset> {
    const next = await loadDataset(this.dataset.dir);
    if (this.serving) next.search.build();
    this.dataset = next;
    return next;
  }
}
