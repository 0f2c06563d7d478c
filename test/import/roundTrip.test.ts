/**
 * The spreadsheet round trip, as an editor uses it: /export a table, change
 * it in a spreadsheet, `npm run data:import`. An export read back unchanged
 * is "no changes"; a spreadsheet's own save (byte-order mark, CRLF, line
 * breaks inside cells) is read; the other tables take an editor's changes;
 * the files are written all or none. Bad input: badInput.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/dataset.js';
import { describeDiff } from '../../src/import/describe.js';
import { nextVersion } from '../../src/import/changelog.js';
import { planImport } from '../../src/import/importData.js';
import { installFiles } from '../../src/import/installFiles.js';
import { unguard, type SheetFile } from '../../src/import/readSheet.js';
import { hasChanges } from '../../src/import/tableDiff.js';
import { InteractionType } from '../../src/discord/limits.js';
import { ROOT, run, testApp } from '../support/app.js';
import { copyOfData, removeDataCopies } from '../support/running.js';
import { edited, exported, problems, snapshot, TODAY } from './sheets.js';

afterAll(removeDataCopies);

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');

describe('the round trip', () => {
  it.each(['cases', 'years', 'milestones', 'sources'] as const)('%s: an export imported unchanged is "no changes", and nothing is written', async (what) => {
    const dir = copyOfData();
    const before = snapshot(dir);
    const plan = await planImport({ dir, files: [await exported(dir, what)], today: TODAY });
    expect(plan.problems).toEqual([]);
    expect(hasChanges(plan.diffs)).toBe(false);
    expect(plan.writes).toBeUndefined();
    expect(snapshot(dir)).toEqual(before);
  });

  it('npm run data:import says so, and writes nothing', async () => {
    const dir = copyOfData();
    const file = path.join(dir, 'cases-export.csv');
    await writeFile(file, (await exported(dir, 'cases')).bytes);
    const result = await run([path.join(ROOT, 'src/cli/dataImport.ts'), '--data', dir, file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`No changes: ${dir} already says what cases-export.csv says. Nothing written.\n`);
  });

  it("takes back the export's guard against formulas, and refuses a formula an editor typed", async () => {
    // The export (issue 12) puts a ' before any cell that starts as a formula would; the import takes exactly that off.
    expect(unguard("'=not a formula")).toEqual({ value: '=not a formula' });
    expect(unguard("'-12 per cent")).toEqual({ value: '-12 per cent' });
    expect(unguard("'@home")).toEqual({ value: '@home' });
    expect(unguard("'plain")).toEqual({ value: "'plain" });
    expect(unguard('-12')).toEqual({ value: '-12' });
    expect(unguard('=SUM(A1:A3)')).toMatchObject({ refused: expect.stringContaining('a spreadsheet runs as a formula') });
    // A note that starts like a formula, guarded by the export itself, comes back as it was.
    const dir = copyOfData();
    const cases = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8'));
    cases.cases.find((c: { id: string }) => c.id === 'ba-lianxiao').notes = [
      { text: '+86 is the country code the page gives', source: ['http://lncm.cn/news/2016/04/8220.html'] },
    ];
    await writeFile(path.join(dir, 'cases.json'), JSON.stringify(cases));
    const sheet = await exported(dir, 'cases');
    expect(new TextDecoder().decode(sheet.bytes)).toContain("'+86 is the country code");
    const plan = await planImport({ dir, files: [sheet], today: TODAY });
    expect(plan.problems).toEqual([]);
    expect(hasChanges(plan.diffs)).toBe(false);
  });
});

describe('a spreadsheet saved by Excel', () => {
  /** The data folder the fixture was exported from: the real data with three cases (test/fixtures/import/base-cases.json). */
  async function fixtureData(): Promise<string> {
    const dir = copyOfData();
    await writeFile(path.join(dir, 'cases.json'), await readFile(path.join(FIXTURES, 'base-cases.json')));
    const milestones = JSON.parse(readFileSync(path.join(dir, 'milestones.json'), 'utf8'));
    for (const m of milestones.milestones) delete m.caseIds;
    await writeFile(path.join(dir, 'milestones.json'), JSON.stringify(milestones));
    return dir;
  }
  const excel = (): SheetFile => ({ name: 'cases.csv', bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'cases-excel.csv'))) });

  it('reads it (byte-order mark, CRLF, line breaks inside cells) and shows the difference, field by field', async () => {
    const bytes = excel().bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/\r\n/);
    const dir = await fixtureData();
    const plan = await planImport({ dir, files: [excel()], today: TODAY });
    expect(plan.problems).toEqual([]);
    expect(describeDiff(plan.diffs)).toBe(
      [
        'cases.csv → cases.json: 1 added, 2 changed, 0 removed',
        '  + zhu-haiping (Zhu Haiping)',
        '  ~ ba-lianxiao (Ba Lianxiao)',
        '      post: (empty) → "Former official in Liaoning province"',
        '      post_source: (empty) → "http://lncm.cn/news/2016/04/8220.html"',
        '  ~ yang-xiuzhu (Yang Xiuzhu)',
        '      aliases: (empty) → "Yang Xiu-zhu"',
      ].join('\n'),
    );
  });

  it('writes the data only when asked, bumps the version and records the change', async () => {
    const dir = await fixtureData();
    const before = snapshot(dir);
    const dry = await run([path.join(ROOT, 'src/cli/dataImport.ts'), '--dry-run', '--data', dir, path.join(FIXTURES, 'cases-excel.csv')]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+ zhu-haiping (Zhu Haiping)');
    expect(dry.stdout).toMatch(/Dry run: data version \S+ → 2026-\d\d-\d\d\.\d+; nothing written\.\n$/);
    expect(snapshot(dir)).toEqual(before);

    const wrote = await run([path.join(ROOT, 'src/cli/dataImport.ts'), '--data', dir, path.join(FIXTURES, 'cases-excel.csv')]);
    expect(wrote.code).toBe(0);
    expect(wrote.stdout).toMatch(
      /Wrote cases\.json, meta\.json, changelog\.json in .*: data version 2026-12-02\.1 → 2026-\d\d-\d\d\.\d+, recorded in changelog\.json\.\n$/,
    );
    const data = await loadDataset(dir);
    expect(data.cases.map((c) => c.id)).toEqual(['ba-lianxiao', 'zhu-haiping', 'yang-xiuzhu', 'qiao-jianjun']);
    expect(data.caseById.get('ba-lianxiao')!.post).toEqual({
      value: 'Former official in Liaoning province',
      source: ['http://lncm.cn/news/2016/04/8220.html'],
    });
    const entry = data.changelog.at(-1)!;
    expect(entry.version).toBe(data.meta.version);
    expect(entry.how).toBe('data:import cases-excel.csv');
    expect(entry.added).toEqual([{ table: 'cases', id: 'zhu-haiping', label: 'Zhu Haiping' }]);
    expect(entry.changed).toEqual([
      { table: 'cases', id: 'ba-lianxiao', label: 'Ba Lianxiao', fields: ['post', 'post_source'] },
      { table: 'cases', id: 'yang-xiuzhu', label: 'Yang Xiuzhu', fields: ['aliases'] },
    ]);
    // No temporary or backup file is left beside the data.
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    // /changes shows it to a reporter.
    const app = await testApp({ DATA_DIR: dir });
    const { response } = await app.handle({ type: InteractionType.ApplicationCommand, commandName: 'changes', options: [], userId: 'u', locale: 'en-US' });
    expect(JSON.stringify(response)).toContain('**Added**: 1 case (Zhu Haiping)');
    // Imported again, the file is now what the data says.
    expect(hasChanges((await planImport({ dir, files: [excel()], today: TODAY })).diffs)).toBe(false);
  });
});

describe('the other tables', () => {
  it("years: an editor adds a later year; the report's own years are not edited here", async () => {
    const dir = copyOfData();
    const years = await exported(dir, 'years');
    const added = edited(years, (rows, col) => {
      const row = rows[0]!.map(() => '');
      row[col('year')] = '2026';
      row[col('basis')] = 'other reports';
      row[col('period')] = 'full year';
      row[col('note')] = 'No published full-year figure for 2026 was found.';
      return [...rows, row];
    });
    const plan = await planImport({ dir, files: [added], today: TODAY });
    expect(plan.problems).toEqual([]);
    expect(describeDiff(plan.diffs)).toBe('years.csv → years.json: 1 added, 0 changed, 0 removed\n  + 2026');
    const changed = edited(years, (rows, col) => {
      rows.find((r) => r[col('year')] === '2019')![col('returned')] = '2042';
    });
    expect(await problems(dir, [changed])).toEqual([`years.csv:6:returned: 2019's returned is the report's, and is not changed here (it was "2041")`]);
  });

  it('sources: a new address registered and cited in one import', async () => {
    const dir = copyOfData();
    const address = 'https://example.com/news/2026/12/fugitive-returns';
    const sources = edited(await exported(dir, 'sources'), (rows) => [...rows, [address, '2026-12-01', 'page', 'Example News', 'news', '', '']]);
    const cases = edited(await exported(dir, 'cases'), (rows, col) => {
      const r = rows.find((x) => x[col('id')] === 'wu-qing')!;
      r[col('notes')] = `${r[col('notes')]}\nSentenced in 2026 [${address}]`;
    });
    const plan = await planImport({ dir, files: [cases, sources], today: TODAY });
    expect(plan.problems).toEqual([]);
    expect(plan.diffs.map((d) => [d.table, d.added.length, d.changed.length])).toEqual([
      ['cases', 0, 1],
      ['sources', 1, 0],
    ]);
    // Cited without being registered, the same note is refused.
    expect(await problems(dir, [cases])).toEqual([
      expect.stringMatching(/^cases\.csv:\d+:notes: "https:\/\/example\.com\/news\/2026\/12\/fugitive-returns" is not in sources\.json/),
    ]);
    // And a bad registry row stops both files.
    const bad = edited(sources, (rows) => {
      rows.at(-1)![3] = '';
      rows.at(-1)![4] = 'tabloid';
    });
    expect(await problems(dir, [cases, bad])).toEqual([expect.stringMatching(/^sources\.csv:\d+:kind: "tabloid" is not a kind: news, official/)]);
  });

  it('milestones: a changed title shows as a change of that column', async () => {
    const dir = copyOfData();
    const changed = edited(await exported(dir, 'milestones'), (rows, col) => {
      rows.find((r) => r[col('id')] === 'sky-net-launched')![col('title')] = 'Sky Net begins';
    });
    const plan = await planImport({ dir, files: [changed], today: TODAY });
    expect(plan.problems).toEqual([]);
    expect(describeDiff(plan.diffs)).toBe(
      'milestones.csv → milestones.json: 0 added, 1 changed, 0 removed\n  ~ sky-net-launched (Sky Net begins)\n      title: "Sky Net launched" → "Sky Net begins"',
    );
  });
});

describe('writing the files', () => {
  it('numbers the versions of a day', () => {
    expect(nextVersion(['2026-12-01.1'], '2026-12-02')).toBe('2026-12-02.1');
    expect(nextVersion(['2026-12-02.1', '2026-12-02.2'], '2026-12-02')).toBe('2026-12-02.3');
  });

  it('writes every file or none: a file that cannot be written leaves the others as they were', async () => {
    const dir = copyOfData();
    const before = snapshot(dir);
    await expect(
      installFiles(
        dir,
        new Map([
          ['meta.json', '{}\n'],
          ['missing/cases.json', '{}\n'],
        ]),
      ),
    ).rejects.toThrow();
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    await installFiles(dir, new Map([['notes.json', '{ "a": 1 }\n']]));
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('{ "a": 1 }\n');
  });
});
