/** Event types held to their evidence: data:check and start-up refuse an event its sources do not state. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statesOutcome } from '../../src/data/evidence.js';
import { ROOT, run } from '../support/app.js';
import { at, brokenData, ix, problemsIn } from './brokenData.js';
import { removeDataCopies } from '../support/running.js';

afterEach(removeDataCopies);

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
