/** The source registry, the list of 100 series and the changelog, held against the facts that cite them. */
import { afterEach, describe, expect, it } from 'vitest';
import { at, brokenData, ix, problemsIn } from './brokenData.js';
import { removeDataCopies } from '../support/running.js';

afterEach(removeDataCopies);

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

describe('caseSourceLists', () => {
  it("names every list's path inside the case, in the order the export and the checks read them", async () => {
    const { caseSourceLists } = await import('../../src/data/sources.js');
    const c = {
      id: 'x',
      name: 'X',
      aliases: [],
      post: { value: 'p', source: ['a'] },
      events: [{ source: ['b'] }, { source: ['report'] }],
      notes: [{ text: 'n', source: ['c'] }],
      disagreements: [
        {
          about: 'd',
          versions: [
            { says: '1', source: ['d'] },
            { says: '2', source: ['e'] },
          ],
        },
      ],
      quotes: [],
    } as unknown as Parameters<typeof caseSourceLists>[0];
    expect(caseSourceLists(c).map((l) => [l.path, l.sources?.join()])).toEqual([
      ['chinese.source', undefined],
      ['post.source', 'a'],
      ['list100.source', undefined],
      ['list100.returnOrder.source', undefined],
      ['redNotice.source', undefined],
      ['fled.source', undefined],
      ['yearsAtLarge.source', undefined],
      ['events[0].source', 'b'],
      ['events[1].source', 'report'],
      ['notes[0].source', 'c'],
      ['disagreements[0].versions[0].source', 'd'],
      ['disagreements[0].versions[1].source', 'e'],
    ]);
  });
});
