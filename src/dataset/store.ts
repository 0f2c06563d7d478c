/**
 * Holds the dataset the bot is serving. A reload builds a complete new
 * Dataset aside and swaps it in with one assignment, so an interaction sees
 * either the old data or the new, never a mix; an invalid edit leaves the old
 * data serving.
 */
import type { Dataset } from './dataset.js';
import { loadDataset } from './dataset.js';

export class DataStore {
  private dataset: Dataset;

  private constructor(initial: Dataset) {
    this.dataset = initial;
  }

  static async open(dir?: string): Promise<DataStore> {
    return new DataStore(await loadDataset(dir));
  }

  static of(dataset: Dataset): DataStore {
    return new DataStore(dataset);
  }

  current(): Dataset {
    return this.dataset;
  }

  /** Loads the folder again; throws a DataError (and keeps the old data) when the new files are invalid. */
  async reload(): Promise<Dataset> {
    const next = await loadDataset(this.dataset.dir);
    this.dataset = next;
    return next;
  }
}
