import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvBytes, toCsv, type Cell } from '../../src/export/csv.js';
import { csvFile } from '../../src/export/csvFile.js';
import { exportTable } from '../../src/export/tables.js';
import { EPHEMERAL, InteractionType } from '../../src/discord/limits.js';
import type { InteractionResponse } from '../../src/discord/payload.js';
import { responseProblems } from '../../src/discord/validate.js';
import { DATA_VERSION, testApp } from '../support/app.js';

/** `/export what:<what>`, with the upload limit Discord would state (none: the terminal's). */
async function askExport(what: string, attachmentLimit?: number, locale = 'en-US') {
  const app = await testApp();
  const result = await app.handle({
    type: InteractionType.ApplicationCommand,
    commandName: 'export',
    options: [{ name: 'what', type: 3, value: what }],
    userId: 'u',
    locale,
    ...(attachmentLimit === undefined ? {} : { attachmentLimit }),
  });
  return { app, ...result };
}

async function exported(what: string) {
  const result = await askExport(what);
  expect(responseProblems(result.response)).toEqual([]);
  expect(result.files).toHaveLength(1);
  return { app: result.app, file: result.files[0]!, response: result.response };
}

const footerOf = (response: InteractionResponse | null): string => (response?.type === 4 && response.data.embeds?.[0]?.footer?.text) || '';

/** The file as a spreadsheet reads it: bytes → UTF-8 → rows. */
function readBack(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith(BOM)).toBe(true);
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

const asText = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell));

describe('/export', () => {
  it.each(['years', 'cases', 'milestones', 'sources'])('%s: a CSV that parses back to exactly the table', async (what) => {
    const { app, file } = await exported(what);
    expect(file.name).toBe(`skynet-${what}-${DATA_VERSION}.csv`);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const table = exportTable(app.store.current(), what as 'years');
    expect(readBack(file.data)).toEqual([table.header, ...table.rows.map((r) => r.map(asText))]);
  });

  it.each(['years', 'cases', 'milestones'])('%s: the footer counts the addresses the rows name, and the report only if a row cites it', async (what) => {
    const { file, response } = await exported(what);
    const [header, ...rows] = readBack(file.data);
    const named = new Set(rows.flatMap((r) => r[header!.indexOf('sources')]!.split('; ').filter(Boolean)));
    const others = [...named].filter((s) => !s.startsWith('report (')).length;
    const footer = footerOf(response);
    expect(footer).toContain(`${others} other report`);
    expect(footer.includes('news report')).toBe([...named].some((s) => s.startsWith('report (')));
  });

  it('sources: the footer counts every address in the registry, and not the report', async () => {
    const { file, response } = await exported('sources');
    const footer = footerOf(response);
    expect(footer).toContain(`${readBack(file.data).length - 1} other reports`);
    expect(footer).not.toContain('news report');
  });

  it('keeps Chinese characters, quotes and commas intact, with sources in every row', async () => {
    const { file } = await exported('cases');
    const [header, ...rows] = readBack(file.data);
    const col = (name: string) => header!.indexOf(name);
    const yang = rows.find((r) => r[col('id')] === 'yang-xiuzhu')!;
    expect(yang[col('chinese')]).toBe('杨秀珠');
    expect(yang[col('quotes')]).toContain('"hundred red-pass personnel"');
    expect(yang[col('sources')]).toContain('report (000_5734a7255cf0a847.txt)');
    expect(yang[col('sources')]).toContain('bjwb.bjd.com.cn/html/2019-01/11/content_632305.htm');
    expect(rows).toHaveLength(73);
    // A case only other reports give names them, and no report.
    const ba = rows.find((r) => r[col('id')] === 'ba-lianxiao')!;
    expect(ba[col('sources')]).toBe('http://lncm.cn/news/2016/04/8220.html');
    expect(ba[col('evidence')]).toBe('1. http://lncm.cn/news/2016/04/8220.html: returned to China from Canada and surrendered (回国投案自首) on 6 April 2016');
    for (const row of rows) expect(row[col('sources')]).not.toBe('');
  });

  it("years: the report's and other reports' years, gaps left empty and said so", async () => {
    const { file } = await exported('years');
    const [header, ...rows] = readBack(file.data);
    const get = (year: string, name: string) => rows.find((r) => r[0] === year)![header!.indexOf(name)];
    expect(get('2019', 'returned')).toBe('2041');
    expect(get('2019', 'basis')).toBe('report');
    expect(get('2021', 'recovered_qualifier')).toBe('more than');
    expect(get('2021', 'sources')).toContain('chinadaily.com.cn/a/202202/25/WS62183b55a310cdd39bc88e09.html');
    expect(get('2022', 'returned')).toBe('');
    expect(get('2022', 'note')).toContain('No published full-year figure');
    expect(get('2023', 'period')).toBe('2023-01 to 2023-11');
    expect(get('2016', 'usd_source')).toContain('wikimili.com/en/List_of_renminbi_exchange_rates');
  });

  it('quotes only what needs quoting, the RFC 4180 way', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          [' lead', 'line\nbreak'],
          [1, null],
        ],
      ),
    ).toBe(`${BOM}a,b\r\n"x, y","say ""hi"""\r\n" lead","line\nbreak"\r\n1,\r\n`);
    expect(() => toCsv(['a'], [['1', '2']])).toThrow('row 0 has 2 cells for 1 columns');
  });

  it('sends as bytes exactly the text it writes, whatever the cells hold', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ' ', '\u3000', ',', '"', '\n', '\r', '=', '-', '+', '@', '\t', '1', '.', '😀') });
    const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(
              fc.array(text, { minLength: width, maxLength: width }),
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }),
            ),
          ),
        ([header, rows]) => {
          expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes(header, rows))).toBe(toCsv(header, rows));
        },
      ),
    );
    expect(() => csvBytes(['a'], [['1', '2']])).toThrow('row 0 has 2 cells for 1 columns');
  });

  it('writes the bytes TextEncoder would, past the first buffer and for a lone surrogate too', () => {
    const rows: Cell[][] = Array.from({ length: 3000 }, (_, i) => [`杨秀珠 ${i}, "row"`, '=1+1', i, ' \ud83d lone', '\ude00😀']);
    const bytes = csvBytes(['a', 'b', 'c', 'd', 'e'], rows);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(Buffer.from(bytes).equals(Buffer.from(new TextEncoder().encode(toCsv(['a', 'b', 'c', 'd', 'e'], rows))))).toBe(true);
  });
});

describe("/export over the server's upload limit", () => {
  // Discord states in each interaction what a reply may attach there (attachment_size_limit); a file
  // over it is refused with a 413 and the reader would get nothing.
  // The file is not written past the limit, so its whole size is never known: the reply says only that it is over.
  it('says, privately, that the file is over what the server allows, and how to get it', async () => {
    const { response, files } = await askExport('cases', 20 * 1024);
    expect(files).toEqual([]);
    expect(responseProblems(response)).toEqual([]);
    expect(response).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const text = JSON.stringify(response);
    expect(text).toContain('The cases table is larger as CSV than the 20 KB this server lets the bot attach.');
    expect(text).toContain('npm run ask -- \\"/export what:cases\\"');
  });

  it('says it in Chinese to a reader in Chinese', async () => {
    const text = JSON.stringify((await askExport('cases', 20 * 1024, 'zh-CN')).response);
    expect(text).toContain('案件表导出为CSV超过本服务器允许机器人附加的20 KB。');
  });

  it('rounds the limit down, so that "larger than" stays true', async () => {
    const text = JSON.stringify((await askExport('cases', 20 * 1024 + 1000)).response);
    expect(text).toContain('larger as CSV than the 20 KB this server');
  });

  it('sends a file of exactly the limit, and refuses one a byte over it', async () => {
    const size = (await exported('years')).file.data.byteLength;
    expect((await askExport('years', size)).files).toHaveLength(1);
    const over = await askExport('years', size - 1);
    expect(over.files).toEqual([]);
    expect(JSON.stringify(over.response)).toContain('The years table is larger as CSV than');
  });

  it('writes no row after the one that takes the file over the limit', async () => {
    // A copy, as a reload makes: data no export has been written from (a file written whole is kept with its data).
    const data = { ...(await testApp()).store.current() };
    const table = exportTable(data, 'cases');
    const limit = 20 * 1024;
    const file = csvFile(data, 'cases', limit);
    expect(file.fits).toBe(false);
    if (file.fits) return;
    const bytesOf = (rows: number) => csvBytes(table.header, table.rows.slice(0, rows)).length;
    expect(file.rowsWritten).toBeLessThan(table.rows.length);
    expect(bytesOf(file.rowsWritten - 1)).toBeLessThanOrEqual(limit);
    expect(file.bytesWritten).toBe(bytesOf(file.rowsWritten));
    expect(file.bytesWritten).toBeGreaterThan(limit);
    // A limit the header alone is over: not one row is made.
    expect(csvFile(data, 'cases', 10)).toMatchObject({ fits: false, rowsWritten: 0 });
  });

  it('sends the file when it fits, and always where no limit is given (the terminal)', async () => {
    expect((await askExport('cases', 10 * 1024 * 1024)).files).toHaveLength(1);
    expect((await askExport('cases', undefined)).files).toHaveLength(1);
  });
});

describe('/export, a table already written from the same data', () => {
  it('sends the same bytes again, in any language, and writes anew from reloaded data', async () => {
    const data = (await testApp()).store.current();
    const first = csvFile(data, 'milestones');
    expect(first.fits && csvFile(data, 'milestones')).toBe(first.fits && first);
    const reloaded = { ...data };
    const again = csvFile(reloaded, 'milestones');
    expect(again).not.toBe(first);
    expect(again.fits && Buffer.from(again.bytes).equals(Buffer.from(first.fits ? first.bytes : []))).toBe(true);
  });

  it('still refuses it over a smaller limit, writing nothing', async () => {
    const data = (await testApp()).store.current();
    const whole = csvFile(data, 'cases');
    expect(whole.fits).toBe(true);
    expect(csvFile(data, 'cases', 20 * 1024)).toMatchObject({ fits: false, limit: 20 * 1024, rowsWritten: 0 });
  });
});
