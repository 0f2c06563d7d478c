/** The data files: valid as shipped, and every kind of breakage caught with the file and field named. */
import path from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataParts } from '../../src/data/load.js';
import { quoteStates } from '../../src/data/figures.js';
import { ROOT, run } from '../support/app.js';
import { at, brokenData, ix, problemsIn } from './brokenData.js';
import { removeDataCopies } from '../support/running.js';

afterEach(removeDataCopies);

describe('the shipped data', () => {
  it('is valid, with every quote word for word in the report', async () => {
    const parts = await readDataParts(path.join(ROOT, 'data'));
    expect(parts.years.map((y) => [y.year, y.returned, y.recovered])).toEqual([
      [2015, 1023, 3_000_000_000],
      [2016, 1032, 2_400_000_000],
      [2017, 1300, 980_000_000],
      [2018, 1335, 3_541_000_000],
      [2019, 2041, 5_420_000_000],
      [2020, 1421, 2_950_000_000],
    ]);
    expect(parts.cases).toHaveLength(73);
  });

  it('gives characters only with a source address', async () => {
    const { cases } = await readDataParts(path.join(ROOT, 'data'));
    for (const c of cases.filter((c) => c.chinese)) expect(c.chinese!.source.every((s) => s !== 'report' && s.includes('/'))).toBe(true);
  });
});

describe('catching a broken data file', () => {
  it('names the file and the field of a wrong type', async () => {
    const dir = await brokenData('years.json', (j) => (j.years[4].returned = '2041'));
    expect(await problemsIn(dir)).toEqual(['years.json: years[4](2019).returned: Invalid input: expected number, received string']);
  });

  it('names the record by its id', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('yang-xiuzhu')].events[0].date = '16/11/2016'));
    expect(await problemsIn(dir)).toEqual([`cases.json: ${at('yang-xiuzhu')}.events[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD`]);
  });

  it('refuses a misspelt key rather than ignore it', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('wang-guoqiang')].aliasses = []));
    expect((await problemsIn(dir))[0]).toMatch(/^cases\.json: cases\[0\]\(wang-guoqiang\): Unrecognized key: "aliasses"/);
  });

  it('catches a quote that is not in the report', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('yang-xiuzhu')].quotes[0] = 'Yang Xiuzhu returned in triumph to a cheering crowd.'));
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^cases\\.json: cases\\[${ix('yang-xiuzhu')}\\]\\(yang-xiuzhu\\)\\.quotes\\[0\\]: quote is not word for word in 000_5734a7255cf0a847\\.txt`),
      ),
    );
    // The event's evidence pointed at the words the quote no longer has.
    expect(problems).toContain(
      `cases.json: ${at('yang-xiuzhu')}.events[0].evidence[0].words: "returned to China and surrendered" is not word for word in quotes[0]`,
    );
  });

  it('catches a figure that its own quote does not state', async () => {
    const dir = await brokenData('years.json', (j) => (j.years[4].recovered = 5_430_000_000));
    expect(await problemsIn(dir)).toEqual([
      expect.stringMatching(/^years\.json: years\[4\]\(2019\)\.recovered: the figure 5430000000 \(yuan\) does not appear in its quote/),
    ]);
  });

  it('catches duplicate ids, ranks and broken links', async () => {
    const dir = await brokenData('cases.json', (j) => {
      j.cases[ix('pang-shunxi')].id = 'wang-guoqiang';
      j.cases[ix('li-huabo')].list100.rank = 1;
    });
    const problems = await problemsIn(dir);
    expect(problems).toContain(`cases.json: cases[${ix('pang-shunxi')}](wang-guoqiang).id: id "wang-guoqiang" appears more than once`);
    expect(problems).toContain(`cases.json: ${at('yang-xiuzhu')}.list100.rank: rank 1 on the list of 100 is already held by li-huabo`);
    expect(problems).toContain('milestones.json: milestones[2](first-result).caseIds[0]: no case has the id "pang-shunxi"');
  });

  it('reports invalid JSON and a missing file', async () => {
    const dir = await brokenData('meta.json', () => undefined);
    await writeFile(path.join(dir, 'years.json'), '{ "years": [ }');
    await rm(path.join(dir, 'milestones.json'));
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^years\.json: \(whole file\): is not valid JSON/));
    expect(problems).toContainEqual(expect.stringMatching(/^milestones\.json: \(whole file\): file is missing/));
  });
});

describe('figures in quotes', () => {
  it.each([
    ['1,300 people who fled', 1300, 'people', true],
    ['1023 escaped persons', 1023, 'people', true],
    ['10234 escaped persons', 1023, 'people', false],
    ['980 million yuan', 980_000_000, 'yuan', true],
    ['3.541 billion yuan', 3_541_000_000, 'yuan', true],
    ['3.5 billion yuan', 3_541_000_000, 'yuan', false],
    ['increased by 261%', 261, 'percent', true],
    ['The four cases', 4, 'people', true],
    ['fourteen cases', 4, 'people', false],
  ] as const)('"%s" states %d %s: %s', (quote, value, unit, expected) => {
    expect(quoteStates(quote, value, unit)).toBe(expected);
  });
});

describe('npm run data:check and start-up', () => {
  it('prints every problem as file: path: what is wrong, and exits 1', async () => {
    const dir = await brokenData('years.json', (j) => {
      j.years[0].recovered = -1;
      j.years[1].year = 'twenty sixteen';
    });
    const result = await run(['src/cli/dataCheck.ts', dir], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('years.json: years[0](2015).recovered: Too small: expected number to be >=0');
    expect(result.stdout).toContain('years.json: years[1](twenty sixteen).year: Invalid input: expected number, received string');
    expect(result.stdout).toContain('2 problems in');
  });

  it('passes the shipped data', async () => {
    const result = await run(['src/cli/dataCheck.ts'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /OK: 6 years \(and 5 from other reports, each figure with its address\), 73 cases, \d+ milestones; every quote found word for word/,
    );
  });

  it('stops the bot on broken data, naming the file and the field', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('yang-xiuzhu')].list100.rank = 101));
    const result = await run([path.join(ROOT, 'src/main.ts')], { env: { DATA_DIR: dir }, input: '/year year:2019\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cases.json: ${at('yang-xiuzhu')}.list100.rank: Too big: expected number to be <=100`);
    expect(result.stdout).toBe('');
  });
});

describe('years from other reports', () => {
  it('are kept apart from the report’s years, each figure with its address', async () => {
    const parts = await readDataParts(path.join(ROOT, 'data'));
    expect(parts.otherYears?.map((y) => [y.year, y.returned?.value ?? null, y.recovered?.value ?? null])).toEqual([
      [2021, 1273, 16_740_000_000],
      [2022, null, null],
      [2023, 1278, 2_910_000_000],
      [2024, null, null],
      [2025, null, null],
    ]);
    expect(parts.otherYears?.find((y) => y.year === 2023)?.period).toEqual({ from: '2023-01', to: '2023-11' });
    for (const y of parts.otherYears ?? []) for (const t of [y.returned, y.recovered]) if (t) expect(t.source.every((s) => s.includes('/'))).toBe(true);
  });

  it('refuse "report" as the source of a figure from elsewhere', async () => {
    const dir = await brokenData('years.json', (j) => (j.years.find((y: any) => y.year === 2021).returned.source = ['report']));
    expect(await problemsIn(dir)).toEqual(['years.json: years[6](2021).returned.source[0]: a fact from another report names its address, not "report"']);
  });

  it('keep the report’s checks for the report’s years: no quote, no year', async () => {
    const dir = await brokenData('years.json', (j) => delete j.years[4].quote);
    expect(await problemsIn(dir)).toEqual(['years.json: years[4](2019).quote: Invalid input: expected string, received undefined']);
  });

  it('cannot give a year the report already gives, nor a period outside the year', async () => {
    const dir = await brokenData('years.json', (j) => {
      const y2021 = j.years.find((y: any) => y.year === 2021);
      y2021.year = 2019;
      j.years.find((y: any) => y.year === 2023).period.to = '2024-11';
    });
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^years\.json: years\[6\]\(2019\)\.year: year 2019 appears more than once/));
    expect(problems).toContain('years.json: years[8](2023).period.to: 2024-11 is not in 2023');
  });

  it('name a missing figure only with a note, and a wrong kind plainly', async () => {
    const dir = await brokenData('years.json', (j) => {
      delete j.years.find((y: any) => y.year === 2022).note;
      j.years.find((y: any) => y.year === 2025).kind = 'other';
    });
    const problems = await problemsIn(dir);
    expect(problems).toContain('years.json: years[10](2025).kind: leave "kind" out for a year the report gives, or write "other-sources"');
    // Shape errors stop the check before cross-record ones; fix the kind and the missing note is named.
    const fixed = await brokenData('years.json', (j) => delete j.years.find((y: any) => y.year === 2022).note);
    expect(await problemsIn(fixed)).toEqual(['years.json: years[7](2022).note: a year with no published figure needs a note saying so']);
  });
});

describe('source texts: a folder without the report it quotes is refused', () => {
  it('by data:check, with a non-zero exit and the file named', async () => {
    const dir = await brokenData('meta.json', () => undefined);
    await rm(path.join(dir, 'sources'), { recursive: true });
    expect(await problemsIn(dir)).toEqual([
      `sources/000_5734a7255cf0a847.txt: (whole file): is missing from ${dir}: it is the report named in meta.json, and every quote is checked against it; put the report's text there`,
    ]);
    const result = await run(['src/cli/dataCheck.ts', dir], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('sources/000_5734a7255cf0a847.txt: (whole file): is missing');
    expect(result.stdout).not.toContain('OK');
  });

  it('by the bot at start, which exits before answering anything', async () => {
    const dir = await brokenData('meta.json', () => undefined);
    await rm(path.join(dir, 'sources', '000_5734a7255cf0a847.txt'));
    const result = await run([path.join(ROOT, 'src/main.ts')], { env: { DATA_DIR: dir }, input: '/year year:2019\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The data is invalid, so the bot will not serve it');
    expect(result.stderr).toContain('sources/000_5734a7255cf0a847.txt: (whole file): is missing');
    expect(result.stdout).toBe('');
  });
});
