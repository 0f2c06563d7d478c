/**
 * Holds the dataset the bot is serving. A reload builds a complete new
 * Dataset aside and swaps it in with one assignment, so an interaction sees
 * either the old data or the new, never a mix; an invalid edit leaves the old
 * data serving.
 */
import type { Dataset } from './dataset.js';
import { loadDataset } from './dataset.js';

export interface OpenOptions {
  /**
   * A bot that serves for a long time (`npm start`): the name index, which
   * every keystroke of autocomplete reads, is built before the first answer;
   * the /search index a moment later, in the background, so that the first
   * answer does not wait for it; a reloaded dataset is built whole before it
   * is swapped in. Without it (`npm run ask`: one answer, then exit) each part
   * is built when a command first reads it, and a command that reads neither
   * (/year) builds neither.
   */
  serving?: boolean;
}

/** How long after start the /search index is built, when serving: after the first answers of a burst at start. */
const BACKGROUND_BUILD_DELAY_MS = 1000;

export class DataStore {
  private dataset: Dataset;

  private constructor(
    initial: Dataset,
    private readonly serving: boolean,
  ) {
    this.dataset = initial;
  }

  static async open(dir?: string, options: OpenOptions = {}): Promise<DataStore> {
    const store = new DataStore(await loadDataset(dir), options.serving ?? false);
    if (store.serving) {
      const first = store.dataset;
      first.search.buildNames();
      // Not kept alive for it: a bot that stops first has no use for the index.
      setTimeout(() => {
        if (store.dataset === first) first.search.build();
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
