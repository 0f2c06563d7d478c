/**
 * Bad input to `npm run data:import`, as an editor's spreadsheet may hold it:
 * every bad row is refused with its row and column, by the import and by the
 * CLI (exiting 1), and then nothing at all is written.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/dataset.js';
import { CASE_COLUMNS } from '../../src/export/caseColumns.js';
import type { ExportKind } from '../../src/export/tables.js';
import { planImport } from '../../src/import/importData.js';
import type { SheetFile } from '../../src/import/readSheet.js';
import { ROOT, run } from '../support/app.js';
import { copyOfData, removeDataCopies } from '../support/running.js';
import { edited, exported, problems, snapshot, TODAY } from './sheets.js';

afterAll(removeDataCopies);

describe('bad input is refused with its row and column, and nothing is written', () => {
  /** A row is a case; `id` picks it. */
  const set = (id: string, column: string, value: string) => (rows: string[][], col: (name: string) => number) => {
    for (const r of rows) if (r[col('id')] === id) r[col(column)] = value;
  };

  /** The problems an edited export is refused with, checked to leave the folder as it was (by the CLI too, exiting 1). */
  async function refused(edit: (file: SheetFile) => SheetFile | SheetFile[], what: ExportKind = 'cases'): Promise<string[]> {
    const dir = copyOfData();
    const before = snapshot(dir);
    const files = [edit(await exported(dir, what))].flat();
    const found = await problems(dir, files);
    const paths = await Promise.all(
      files.map(async (f) => {
        const at = path.join(dir, f.name);
        await writeFile(at, f.bytes);
        return at;
      }),
    );
    const cli = await run([path.join(ROOT, 'src/cli/dataImport.ts'), '--data', dir, ...paths]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/\d+ problems?: nothing written to /);
    expect(snapshot(dir)).toEqual(before);
    return found;
  }
  const rowOf = async (id: string): Promise<number> => {
    const data = await loadDataset(path.join(ROOT, 'data'));
    return data.cases.findIndex((c) => c.id === id) + 2;
  };

  it('an unknown column', async () => {
    const found = await refused((f) =>
      edited(
        f,
        (rows) => rows.map((r) => [...r, 'x']),
        (h) => [...h, 'nickname'],
      ),
    );
    expect(found).toEqual([`cases.csv:1:nickname: unknown column; the cases columns are ${CASE_COLUMNS.join(', ')}`]);
  });

  it('a bad date, as a spreadsheet may turn it', async () => {
    expect(await refused((f) => edited(f, set('yao-jinqi', 'fled_date', '12/2005')))).toEqual([
      `cases.csv:${await rowOf('yao-jinqi')}:fled_date: "12/2005" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`,
    ]);
    expect(await refused((f) => edited(f, set('chang-gaocai', 'fled_date', '16/11/2016')))).toEqual([
      `cases.csv:${await rowOf('chang-gaocai')}:fled_date: "16/11/2016" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a spreadsheet may have turned it into its own date format: format the column as text)`,
    ]);
  });

  it('a duplicate id', async () => {
    const found = await refused((f) => edited(f, (rows, col) => [...rows, rows.find((r) => r[col('id')] === 'he-jian')!]));
    expect(found).toEqual([`cases.csv:75:id: "he-jian" is also on row ${await rowOf('he-jian')}: each id once`]);
  });

  it('a formula cell', async () => {
    const found = await refused((f) => edited(f, set('he-jian', 'post', '=HYPERLINK("http://example.com","x")')));
    expect(found).toEqual([
      `cases.csv:${await rowOf('he-jian')}:post: starts with "=", which a spreadsheet runs as a formula: the data never holds one (to keep it as text, start the cell with ')`,
    ]);
  });

  it('an empty name', async () => {
    expect(await refused((f) => edited(f, set('he-jian', 'name', '')))).toEqual([
      `cases.csv:${await rowOf('he-jian')}:name: a case needs a name, in pinyin, family name first`,
    ]);
  });

  it('an outside fact without the address of its source', async () => {
    expect(await refused((f) => edited(f, set('wu-qing', 'post_source', '')))).toEqual([
      `cases.csv:${await rowOf('wu-qing')}:post_source: the post needs its source: "report", or the address of the report it was read in`,
    ]);
    expect(await refused((f) => edited(f, set('wu-qing', 'evidence', '1. flew back from Montreal and surrendered')))).toEqual([
      `cases.csv:${await rowOf('wu-qing')}:evidence: evidence for event 1: "flew back from Montreal and surrendered" should be "address: what it says", or "report, quote 1: the words"`,
    ]);
  });

  it('what the data check refuses, pointed back at its row and column', async () => {
    const row = await rowOf('wu-qing');
    // An address that is not registered: the editor registers it in sources.csv first.
    expect(await refused((f) => edited(f, set('wu-qing', 'post_source', 'http://new.example.com/wu-qing')))).toEqual([
      `cases.csv:${row}:post_source: "http://new.example.com/wu-qing" is not in sources.json: register it with its report's date (or "dateFrom": "not shown")`,
    ]);
    // An outcome its evidence does not state.
    const wrong = await refused((f) => edited(f, set('wu-qing', 'events', '1. 2018-08-23 extradited; from: Canada; place: Montreal')));
    expect(wrong).toEqual([expect.stringMatching(new RegExp(`^cases\\.csv:${row}:events: event 1: "extradited" is not what its sources state`))]);
  });

  it('all or nothing across files: a good cases.csv with a bad sources.csv writes neither', async () => {
    const dir = copyOfData();
    const good = edited(await exported(dir, 'cases'), set('wu-qing', 'post', "Former chairman of a cotton and linen company in Huai'an"));
    expect((await planImport({ dir, files: [good], today: TODAY })).problems).toEqual([]);
    const found = await refused((f) => [good, edited(f, (rows) => [...rows, ['http://example.com/x', 'yesterday', 'page', '', 'news', '', '']])], 'sources');
    expect(found).toEqual([`sources.csv:${159}:date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD`]);
  });
});
