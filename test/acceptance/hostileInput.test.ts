/**
 * The hostile test's findings about what goes in and out as text: CSV cells a
 * spreadsheet would run as formulas (7), control and bidi characters from
 * users or the data (8), forged option names echoed as markdown (9), and data
 * files that resolve outside the data folder (10).
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { DataError, formatProblem } from '../../src/data/problems.js';
import { InteractionType } from '../../src/discord/limits.js';
import type { InteractionResponse } from '../../src/discord/payload.js';
import { BOM, toCsv } from '../../src/export/csv.js';
import { silentLogger } from '../../src/log.js';
import { drawResponse } from '../../src/transports/terminal/draw.js';
import { testApp } from '../support/app.js';
import { copyOfData, removeDataCopies } from '../support/running.js';

afterAll(removeDataCopies);

/** Any character that must never reach a reply or a terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that must never get through
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = 'Yang\u202eXiuzhu\u0000\u0007\u001b[2J\u001b]0;pwned\u0007\u2066x\u2069';

describe('CSV cells a spreadsheet would run (finding 7)', () => {
  const readBack = (csv: string) => parse(csv.slice(BOM.length)) as string[][];

  it("neutralises text starting with = + - @ tab or CR with a leading ', and leaves numbers as numbers", () => {
    const cells = ['=HYPERLINK("http://e.co","x")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tTAB', '\rCR', 'plain', '-5', '3.25', -7, 0, 1.5];
    const [row] = readBack(
      toCsv(
        cells.map((_, i) => `c${i}`),
        [cells],
      ),
    ).slice(1);
    expect(row).toEqual(['\'=HYPERLINK("http://e.co","x")', "'+1+1", "'-2+3", "'@SUM(A1:A9)", "'\tTAB", "'\rCR", 'plain', '-5', '3.25', '-7', '0', '1.5']);
  });

  it('so /export gives no cell a spreadsheet would run', async () => {
    const app = await testApp();
    for (const what of ['years', 'cases', 'milestones']) {
      const { files } = await app.handle({
        type: InteractionType.ApplicationCommand,
        commandName: 'export',
        options: [{ name: 'what', type: 3, value: what }],
        userId: 'u',
      });
      const rows = readBack(new TextDecoder().decode(files[0]!.data).replace(/^\uFEFF/, BOM));
      for (const cell of rows.flat()) expect(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(cell)).toBe(false);
    }
  });
});

describe('control and bidi characters (finding 8)', () => {
  it('never reach a reply, from what a user typed', async () => {
    const app = await testApp();
    for (const [commandName, options] of [
      ['case', [{ name: 'name', type: 3, value: HOSTILE }]],
      ['search', [{ name: 'text', type: 3, value: HOSTILE }]],
      [HOSTILE, []],
    ] as const) {
      const { response } = await app.handle({ type: InteractionType.ApplicationCommand, commandName, options, userId: 'u' });
      expect(JSON.stringify(response)).not.toMatch(/\\u00(0|1)[0-9a-f]|\\u007f|\u202e|\u2066|\u2069/i);
      expect(JSON.stringify(response)).not.toMatch(UNSAFE);
    }
  });

  it('never reach a reply, from the data', async () => {
    const dir = copyOfData();
    const file = path.join(dir, 'cases.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Yang Xiuzhu"', JSON.stringify('Yang\u202eXiuzhu\u001b[31m')));
    const app = await createApp(loadConfig({ DATA_DIR: dir }), silentLogger, { cooldown: false });
    const { response } = await app.handle({
      type: InteractionType.ApplicationCommand,
      commandName: 'case',
      options: [{ name: 'name', type: 3, value: 'yang-xiuzhu' }],
      userId: 'u',
    });
    expect(JSON.stringify(response)).toContain('YangXiuzhu');
    expect(JSON.stringify(response)).not.toMatch(UNSAFE);
    expect(JSON.stringify(response)).not.toContain('\\u001b');
  });

  it('never reach the terminal, which writes only its own styling', () => {
    const response = { type: 4, data: { content: HOSTILE, embeds: [{ title: HOSTILE, description: HOSTILE }] } } as InteractionResponse;
    const drawn = drawResponse(response);
    expect(drawn).not.toMatch(UNSAFE);
    expect(drawn).toContain('YangXiuzhu');
  });
});

describe('forged option and command names (finding 9)', () => {
  it('are echoed inert: an option name as code its backticks cannot close, a command name escaped', async () => {
    const app = await testApp();
    const forged = '`[x](http://e.co)`';
    const { response } = await app.handle({
      type: InteractionType.ApplicationCommand,
      commandName: 'year',
      options: [{ name: forged, type: 4, value: 2019 }],
      userId: 'u',
    });
    const content = (response as { data: { content?: string; embeds?: { description?: string }[] } }).data;
    const text = content.content ?? content.embeds?.[0]?.description ?? '';
    expect(text).toContain('/year: there is no option `ˋ[x](http://e.co)ˋ`');
    // Exactly one code span: the name cannot end it early and leave a live link behind.
    expect(text.match(/`/g)).toHaveLength(2);
    const unknown = await app.handle({ type: InteractionType.ApplicationCommand, commandName: '[x](http://e.co)`', userId: 'u' });
    const said = JSON.stringify(unknown.response);
    // Outside code, its markdown escaped: no link.
    expect(said).toContain('There is no command /\\\\[x\\\\](http://e.co)\\\\` here');
  });
});

describe('data files outside the data folder (finding 10)', () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'skynet-outside-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));
  const secret = path.join(outside, 'secret.txt');
  writeFileSync(secret, 'root:x:0:0:TOPSECRET-LINE');

  const problemsOf = async (dir: string): Promise<string[]> => {
    const error = await loadDataset(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems.map(formatProblem);
  };

  it('refuses a data file that is a link to a file elsewhere, without quoting it', async () => {
    const dir = copyOfData();
    rmSync(path.join(dir, 'years.json'));
    symlinkSync(secret, path.join(dir, 'years.json'));
    const problems = await problemsOf(dir);
    expect(problems).toContain('years.json: (whole file): resolves outside the data folder (a link or ..): refused, not read');
    expect(problems.join('\n')).not.toContain('TOPSECRET');
  });

  it('refuses a report file named with ../ in meta.json', async () => {
    const dir = copyOfData();
    const meta = path.join(dir, 'meta.json');
    const json = JSON.parse(readFileSync(meta, 'utf8')) as { report: { file: string } };
    json.report.file = path.relative(path.join(dir, 'sources'), secret);
    writeFileSync(meta, JSON.stringify(json, null, 2));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^meta\.json: report\.file: the report resolves outside the data folder/));
    expect(problems.join('\n')).not.toContain('TOPSECRET');
  });

  it('says where a file is not JSON, never what it holds', async () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'years.json'), '{"years": [\n  root:x:0:0:TOPSECRET-LINE\n]}');
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^years\.json: \(whole file\): is not valid JSON/));
    expect(problems.join('\n')).not.toContain('TOPSECRET');
  });
});
