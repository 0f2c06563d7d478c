/** The data files: valid as shipped, and every kind of breakage caught with the file and field named. */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataParts } from '../../src/data/load.js';
import { DataError, formatProblem } from '../../src/data/problems.js';
import { quoteStates } from '../../src/data/figures.js';
import { statesOutcome } from '../../src/data/evidence.js';
import { ROOT, run } from '../support/app.js';

/** Where a case is in the shipped cases.json, as problems name it: `cases[12](mo-peifen)`. */
const SHIPPED = (JSON.parse(readFileSync(path.join(ROOT, 'data', 'cases.json'), 'utf8')) as { cases: { id: string }[] }).cases.map((c) => c.id);
const ix = (id: string): number => SHIPPED.indexOf(id);
const at = (id: string): string => `cases[${ix(id)}](${id})`;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A copy of the shipped data with one file edited. */
async function brokenData(file: string, edit: (json: any) => void): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'skynet-data-'));
  dirs.push(dir);
  await cp(path.join(ROOT, 'data'), dir, { recursive: true });
  const json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  edit(json);
  await writeFile(path.join(dir, file), JSON.stringify(json, null, 2));
  return dir;
}

async function problemsIn(dir: string): Promise<string[]> {
  try {
    await readDataParts(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map(formatProblem);
  }
}

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

describe('event types: data:check refuses an event its sources do not state', () => {
  it('names the file, the record and the words missing when Wang Guoqiang is retyped as extradited', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('wang-guoqiang')].events[0].type = 'extradited'));
    expect(await problemsIn(dir)).toEqual([
      `cases.json: ${at('wang-guoqiang')}.events[0].type: "extradited" is not what its sources state: none of the words that state it ("extradite", "extradition", "引渡") is in its evidence: "returned to China from the United States to submit the case" (quotes[0])`,
    ]);
    const result = await run(['src/cli/dataCheck.ts', dir], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`cases.json: ${at('wang-guoqiang')}.events[0].type: "extradited" is not what its sources state`);
  });

  it('stops the bot at start on a mistyped event, naming it', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('wang-guoqiang')].events[0].type = 'extradited'));
    const result = await run([path.join(ROOT, 'src/main.ts')], { env: { DATA_DIR: dir }, input: '/case name:wang guoqiang\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cases.json: ${at('wang-guoqiang')}.events[0].type: "extradited" is not what its sources state`);
    expect(result.stdout).toBe('');
  });

  it('takes a request for a fact: "requested … to arrest and repatriate" is not a repatriation', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases.find((c: any) => c.id === 'yang-yurong').events[0].type = 'repatriated'));
    expect(await problemsIn(dir)).toEqual([
      `cases.json: ${at('yang-yurong')}.events[0].type: "repatriated" is not what its sources state: "repatriate" in "requested the foreign law enforcement agencies to arrest and repatriate" (quotes[0]) is only asked for ("requested"), not said to have happened`,
    ]);
  });

  it('will not count "the first extradition request" as an extradition', async () => {
    const dir = await brokenData('cases.json', (j) => {
      const yao = j.cases.find((c: any) => c.id === 'yao-jinqi').events.find((e: any) => e.type === 'extradited');
      yao.evidence = [{ quote: 0, words: 'the first extradition request based on the United Nations Convention against Corruption' }];
      yao.source = ['report'];
      delete yao.from;
    });
    expect((await problemsIn(dir))[0]).toMatch(
      /yao-jinqi\)\.events\[1\]\.type: "extradited" is not what its sources state: "extradition" in .* is only asked for \("request"\)/,
    );
  });

  it('holds each event to its evidence: the words in the quote, a source it names, and evidence from every source it names', async () => {
    const dir = await brokenData('cases.json', (j) => {
      j.cases[ix('yang-xiuzhu')].events[0].evidence[0].words = 'returned to China in triumph';
      j.cases[ix('yang-xiuzhu')].events[0].evidence.push({ quote: 3, words: 'surrendered' });
      const mo = j.cases.find((c: any) => c.id === 'mo-peifen').events[0];
      mo.source = ['report'];
    });
    const problems = await problemsIn(dir);
    expect(problems).toContain(
      `cases.json: ${at('yang-xiuzhu')}.events[0].evidence[0].words: "returned to China in triumph" is not word for word in quotes[0]`,
    );
    expect(problems).toContain(`cases.json: ${at('yang-xiuzhu')}.events[0].evidence[1].quote: there is no quotes[3]: the record has 2 quotes`);
    expect(problems).toContain(
      `cases.json: ${at('mo-peifen')}.events[0].evidence[0].source: "news.youth.cn/jsxw/201912/t20191210_12139216.htm" is not among the event's sources`,
    );
    expect(problems).toContain(
      `cases.json: ${at('mo-peifen')}.events[0].source[0]: "report" is named as a source but the event gives no evidence from it: add { "quote": <index>, "words": "..." }`,
    );
  });

  it('refuses a country no evidence names, unless it is marked as an inference', async () => {
    const dir = await brokenData('cases.json', (j) => {
      delete j.cases.find((c: any) => c.id === 'yan-yongming').events[0].fromInferred;
      j.cases.find((c: any) => c.id === 'liu-baofeng').events[0].place = 'Toronto';
    });
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^cases\\.json: cases\\[${ix('yan-yongming')}\\]\\(yan-yongming\\)\\.events\\[0\\]\\.from: "New Zealand" is not named in the event's evidence .*set "fromInferred" to say why it is an inference$`,
        ),
      ),
    );
    expect(problems).toContain(`cases.json: ${at('liu-baofeng')}.events[0].place: "Toronto" is not named in the event's evidence`);
  });

  it('requires evidence for every event', async () => {
    const dir = await brokenData('cases.json', (j) => delete j.cases[ix('wang-guoqiang')].events[0].evidence);
    expect(await problemsIn(dir)).toEqual([`cases.json: ${at('wang-guoqiang')}.events[0].evidence: Invalid input: expected array, received undefined`]);
  });
});

describe('the words that state an outcome', () => {
  it.each([
    ['returned to China and surrendered', 'surrendered', true],
    ['returned to China to vote', 'surrendered', true],
    ['returned to China from the United States to submit the case', 'surrendered', true],
    ['回国投案自首', 'surrendered', true],
    ['he has not surrendered', 'surrendered', false],
    ['refused to surrender', 'surrendered', false],
    ['拒不投案', 'surrendered', false],
    ['the announcement urging the surrender of the case', 'surrendered', false],
    ['he will return to China', 'returned', false],
    ['On May 29, 2019, Xiao Jianming returned to China', 'returned', true],
    ['requested the foreign law enforcement agencies to arrest and repatriate', 'arrest-requested', true],
    ['requested the foreign law enforcement agencies to arrest and repatriate', 'repatriated', false],
    ['was forcibly repatriated to the country', 'forcibly-repatriated', true],
    ['the first successful extradition from an EU member state', 'extradited', true],
    ['the first extradition request', 'extradited', false],
  ] as const)('"%s" states %s: %s', (text, outcome, expected) => {
    expect(statesOutcome(text, outcome)).toBe(expected);
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

describe('the source registry, the list of 100 series and the changelog', () => {
  it('registers every address a fact cites, each page once, with a date or "not shown"', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('wu-qing')].post.source = ['http://unregistered.example.com/wu-qing']));
    expect(await problemsIn(dir)).toEqual([
      `cases.json: ${at('wu-qing')}.post.source[0]: "http://unregistered.example.com/wu-qing" is not in sources.json: register it with its report's date (or "dateFrom": "not shown")`,
    ]);
    const twice = await brokenData('sources.json', (j) =>
      j.sources.push({ url: 'https://lncm.cn/news/2016/04/8220.html', date: '2016-04-13', dateFrom: 'page', kind: 'news' }),
    );
    expect(await problemsIn(twice)).toEqual([
      expect.stringMatching(
        /^sources\.json: sources\[\d+\]\.url: "https:\/\/lncm\.cn\/news\/2016\/04\/8220\.html" is the same page as "http:\/\/lncm\.cn\/news\/2016\/04\/8220\.html", already registered: cite one address for it$/,
      ),
    ]);
    const undated = await brokenData('sources.json', (j) =>
      j.sources.push({ url: 'http://example.com/a', date: '2020-01-01', dateFrom: 'not shown', kind: 'news' }),
    );
    expect(await problemsIn(undated)).toEqual([expect.stringMatching(/^sources\.json: sources\[\d+\]\.date: a page whose date is "not shown" has no date$/)]);
  });

  it('refuses an event dated after the report that states it, and a "reported" date that is no report\'s', async () => {
    const dir = await brokenData('cases.json', (j) => {
      j.cases[ix('ba-lianxiao')].events[0].date = '2016-05-01';
      j.cases[ix('feng-jinfang')].events[0].date = '2016-11-12';
    });
    expect(await problemsIn(dir)).toEqual([
      `cases.json: ${at('ba-lianxiao')}.events[0].date: 2016-05-01 is after 2016-04-13, the date of "http://lncm.cn/news/2016/04/8220.html", which states it`,
      `cases.json: ${at('feng-jinfang')}.events[0].date: a "reported" date is the date of a report that states the event; none of its sources is dated 2016-11-12 (2016-11-13)`,
    ]);
  });

  it('holds disagreements to two versions at least, and a country "to" to a sending-away', async () => {
    const dir = await brokenData('cases.json', (j) => {
      j.cases[ix('tang-dongmei')].disagreements[0].versions.pop();
      j.cases[ix('wu-qing')].events[0].to = 'United States';
    });
    expect(await problemsIn(dir)).toEqual([
      `cases.json: ${at('tang-dongmei')}.disagreements[0].versions: a disagreement needs at least two versions, each with its sources`,
    ]);
    const to = await brokenData('cases.json', (j) => (j.cases[ix('wu-qing')].events[0].to = 'United States'));
    expect(await problemsIn(to)).toEqual([
      `cases.json: ${at('wu-qing')}.events[0].to: "to" is a country other than China a person was sent to, by extradition, deportation or repatriation, not "surrendered"`,
    ]);
  });

  it('refuses "report" as the source of a case that has none of the report\'s words', async () => {
    const dir = await brokenData('cases.json', (j) => (j.cases[ix('ba-lianxiao')].post = { value: 'Official', source: ['report'] }));
    expect(await problemsIn(dir)).toEqual([
      `cases.json: ${at('ba-lianxiao')}.quotes: a fact cites "report" but the record has none of the report's words: add the quote, or cite the address it was read at`,
    ]);
  });

  it('checks the series: dates against their reports, one point per count and date, parts within their whole', async () => {
    const dir = await brokenData('list100.json', (j) => {
      const latest = j.points.find((p: any) => p.returned === 64);
      latest.asOf = '2025-08';
      j.points.push({ ...j.points[0] });
      j.breakdowns.find((b: any) => b.id === 'first-40-how').parts[0].value = 30;
    });
    const problems = await problemsIn(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^list100\.json: points\[\d+\]\(2025-08\)\.asOf: 2025-08 is after 2025-07-29, the date of "http:\/\/www\.mbwzsb\.cn\/\S+", which gives the count$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^list100\.json: points\[\d+\]\(2015-09-18\)\.returned: another point gives 12 as of 2015-09-18: put both pages in one point's evidence$/,
      ),
    );
    expect(problems).toContainEqual('list100.json: breakdowns[2](first-40-how).parts: the parts add up to 45, more than the 40 they split');
  });

  it('numbers each change of the data once', async () => {
    const dir = await brokenData('changelog.json', (j) => j.entries.push({ ...j.entries[0] }));
    expect(await problemsIn(dir)).toEqual(['changelog.json: entries[1].version: version "2026-12-02.1" appears more than once']);
  });
});
