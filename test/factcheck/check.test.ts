/**
 * The checker as a reporter meets it: a draft in, its claims marked, in the
 * JSON contract of docs/factcheck.md. The sentences under "regressions" are
 * real ones a false "contradicted" was once found on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { Outcome, type CaseRecord } from '../../src/data/schema.js';
import { checkDraft } from '../../src/factcheck/check.js';
import { OUTCOME_RULES, unknownOutcomes } from '../../src/factcheck/outcomes.js';
import { toContract, type CheckedClaim } from '../../src/factcheck/types.js';

let data: Dataset;
beforeAll(async () => {
  data = await loadDataset();
});

function verdicts(draft: string, d: Dataset = data): [string, string][] {
  return checkDraft(draft, d).claims.map((c) => [c.text, c.verdict]);
}

function claim(draft: string, words: string): CheckedClaim {
  const found = checkDraft(draft, data).claims.find((c) => c.text.includes(words) || words.includes(c.text));
  if (!found) throw new Error(`no claim "${words}" in ${JSON.stringify(checkDraft(draft, data).claims.map((c) => c.text))}`);
  return found;
}

describe('the JSON contract', () => {
  it('gives claims and people with offsets, kind, year, verdict, data and sources, and nothing else', () => {
    const draft = 'Yang Xiuzhu returned in 2016. Sky Net 2019 brought back 2,041 fugitives.';
    const contract = toContract(checkDraft(draft, data));
    expect(contract.claims.find((c) => c.kind === 'returned')).toEqual({
      start: 56,
      end: 61,
      text: '2,041',
      kind: 'returned',
      year: 2019,
      verdict: 'consistent',
      data: '2,041 fugitives returned in 2019',
      sources: ['report'],
    });
    expect(contract.people).toEqual([{ start: 0, end: 11, text: 'Yang Xiuzhu', case: 'yang-xiuzhu', name: 'Yang Xiuzhu' }]);
    expect(Object.keys(contract)).toEqual(['claims', 'people']);
    for (const c of contract.claims) expect(draft.slice(c.start, c.end)).toBe(c.text);
  });

  it('counts offsets in UTF-16 code units, as JavaScript does (an emoji is two)', () => {
    const draft = '🎉🎉 天网2019追回外逃人员2041人';
    const c = toContract(checkDraft(draft, data)).claims[0]!;
    expect(draft.slice(c.start, c.end)).toBe('2041人');
    expect(c.start).toBe(17);
  });
});

describe('what it understands', () => {
  it('the issue’s example: Xu Chaofan was not extradited from Canada', () => {
    const c = claim('Xu Chaofan was extradited from Canada.', 'extradited');
    expect(c.verdict).toBe('contradicted');
    expect(c.data).toBe('Xu Chaofan: forcibly repatriated from the United States, 11 July 2018');
    expect(c.sources).toContain('report');
  });

  it.each([
    ['Sky Net 2019 brought back 2,041 fugitives.', '2,041'],
    ['Sky Net 2019 brought back 2041 fugitives.', '2041'],
    ['In 2019 it recovered 5.42 billion yuan.', '5.42 billion yuan'],
    ['In 2019 it recovered 5.42bn.', '5.42bn'],
    ['In 2019 it recovered RMB 5.42 billion.', 'RMB 5.42 billion'],
    ['In 2019 it recovered 5,420 million yuan.', '5,420 million yuan'],
    ['2019年追回赃款54.2亿元。', '54.2亿元'],
    ['天网2019追回赃款54.2亿。', '54.2亿'],
    ['2018年追回外逃人员1335名。', '1335名'],
    ['天网2019追回2041人。', '2041人'],
  ])('yearly totals as copy writes them: %s', (draft, words) => {
    expect(claim(draft, words).verdict).toBe('consistent');
  });

  it('respects stated rounding in changes: about 53% agrees with 52.9%, 35% does not', () => {
    expect(claim('Returns of fugitives rose by about 53% in 2019.', '53%').verdict).toBe('consistent');
    expect(claim('Returns of fugitives rose by 35% in 2019.', '35%').verdict).toBe('contradicted');
    expect(claim('Money recovered fell 30% in 2020.', '30%').verdict).toBe('contradicted');
    expect(claim('Fugitive returns fell 30% in 2020.', '30%').verdict).toBe('consistent');
  });

  it('shows /check’s own arithmetic for a change', () => {
    expect(claim('Money recovered rose 261% in 2018.', '261%').data).toBe('Money recovered, 2018 on 2017: +261.3% ((3.541 bn − 980 m) ÷ 980 m = +261.3%)');
  });

  it('checks a superlative over the span the data covers, as of its own year', () => {
    expect(claim('2019 was a record year for Sky Net.', 'a record').verdict).toBe('consistent');
    expect(claim('Sky Net 2020 brought back 1,421 fugitives, a record.', 'a record').verdict).toBe('contradicted');
    expect(claim('Sky Net 2018 recovered a record 3.541 billion yuan.', 'a record').data).toBe(
      '2018 is the highest of 4 years (2015–2018) for money recovered',
    );
    // 2022 has no published figure: a record in 2023 cannot be settled, and 2023 is January–November only.
    expect(claim('Sky Net 2023 brought back a record number of fugitives.', 'record').verdict).toBe('not-in-data');
  });

  it('judges later years by their sources’ own wording: part of a year, a lower bound', () => {
    expect(claim('China brought back 1,278 fugitives in 2023.', '1,278').verdict).toBe('not-in-data');
    expect(claim('In the first 11 months of 2023, China brought back 1,278 fugitives.', '1,278').verdict).toBe('consistent');
    expect(claim('In 2021 more than 16.74 billion yuan was recovered.', '16.74').verdict).toBe('consistent');
    expect(claim('In 2021, 16.74 billion yuan was recovered.', '16.74').verdict).toBe('not-in-data');
  });

  it('calls a figure for a year with no published figure not in the data, never contradicted', () => {
    expect(claim('In 2022 Sky Net returned 1,500 fugitives.', '1,500')).toMatchObject({
      verdict: 'not-in-data',
      data: '2022: No figure has been published for that year.',
    });
  });

  it('does not take a figure for a period for the year’s total', () => {
    for (const draft of [
      'In the first 11 months of 2019, 1,600 fugitives were brought back.',
      'From January to October 2019, 1,600 fugitives were brought back.',
      'By mid-August 2019, 1,600 fugitives had been brought back.',
      '2019年1至10月，追回外逃人员1600人。',
      '2019年上半年追回外逃人员600人。',
      'From 2014 to 2016, 3,000 fugitives were brought back.',
      'Since the campaign began, 10,000 fugitives have been brought back.',
      '天网行动以来累计追回外逃人员1万人。',
    ]) {
      expect(checkDraft(draft, data).claims.map((c) => c.verdict)).toEqual(['not-in-data']);
    }
  });

  it('gives not in the data for a year it cannot resolve ("last year" with no date)', () => {
    expect(claim('Last year 1,500 fugitives were returned.', '1,500')).toMatchObject({ verdict: 'not-in-data', year: null });
  });

  it('reads case facts: outcome, country and year, and where the data says nothing', () => {
    expect(claim('Yao Jinqi was extradited from Bulgaria in 2018.', 'extradited').verdict).toBe('consistent');
    expect(claim('Yao Jinqi was extradited from Bulgaria in 2017.', 'extradited').verdict).toBe('contradicted');
    expect(claim('Yang Xiuzhu was extradited in 2016.', 'extradited').verdict).toBe('contradicted');
    // The data gives no country for Yang Xiuzhu's return, nor any method for Liu Baofeng's; Mo Peifen surrendered.
    expect(claim('Yang Xiuzhu surrendered in the United States in 2016.', 'surrendered').verdict).toBe('not-in-data');
    expect(claim('Liu Baofeng was extradited in 2019.', 'extradited').verdict).toBe('not-in-data');
    expect(claim('Mo Peifen was extradited in 2019.', 'extradited').verdict).toBe('contradicted');
    // A country the data only infers (Yan Yongming's New Zealand) is not a fact to check against.
    expect(claim('Yan Yongming returned from Australia to surrender in 2016.', 'returned').verdict).toBe('not-in-data');
    expect(claim('许超凡2018年从美国被强制遣返回国。', '强制遣返').verdict).toBe('consistent');
  });
});

describe('outcomes come from the data, not from the code', () => {
  it('has wording for every outcome the schema knows', () => {
    expect(unknownOutcomes(Outcome.options)).toEqual([]);
  });

  it('tells a request for an arrest from an arrest', () => {
    expect(OUTCOME_RULES['arrest-requested']!.bearsOut).not.toContain('arrested');
    const asked = 'In 2020 China asked foreign police to arrest Yang Yurong.';
    expect(claim(asked, 'asked foreign police to arrest').verdict).toBe('consistent');
  });

  it('reads the data’s arrest request as a request: asked is consistent, arrested is not in the data', () => {
    expect(verdicts('In 2020 China asked foreign police to arrest Yang Yurong.')).toEqual([['2020 China asked foreign police to arrest', 'consistent']]);
    expect(verdicts('Yang Yurong was arrested abroad in 2020.')).toEqual([['arrested abroad in 2020', 'not-in-data']]);
    expect(checkDraft('Yang Yurong was arrested abroad in 2020.', data).claims[0]!.data).toContain('arrest and repatriation requested by China');
  });

  it('follows a retyped case with no change of code, even to a type it has never met', () => {
    // A type the schema might gain ("detained abroad"): it bears out its own name only, and rules nothing out.
    const retyped: CaseRecord[] = data.cases.map((c) =>
      c.id === 'zang-chunwei' ? { ...c, events: c.events.map((e) => ({ ...e, type: 'detained-abroad' as Outcome })) } : c,
    );
    // (Built by hand: the search index, which the checker does not use, knows only today's types.)
    const changed: Dataset = { ...data, cases: retyped, caseById: new Map(retyped.map((c) => [c.id, c])) };
    expect(verdicts('Zang Chunwei was arrested in 2020.', changed)).toEqual([['arrested in 2020', 'not-in-data']]);
    expect(verdicts('Zang Chunwei was extradited in 2020.', changed)).toEqual([['extradited in 2020', 'not-in-data']]);
    expect(checkDraft('Zang Chunwei was extradited in 2020.', changed).claims[0]!.data).toContain('detained abroad');
  });
});

describe('bad input gets no claims and no error', () => {
  it.each([
    ['an empty message', ''],
    ['only spaces', '   \n\t '],
    ['only an image link', 'https://cdn.discordapp.com/attachments/1/2/chart-2019-2041.png'],
    ['a code block', '```js\nconst returned = { 2019: 2041, 2018: 1335 };\n```'],
    ['inline code', 'run `npm run factcheck -- 2019 2041`'],
    ['links', 'see https://example.com/skynet/2019/2041 and www.example.com/2,041'],
    ['mentions', '<@123456789012345678> <@&987654321> <#555> @everyone @here'],
    ['emoji', '🎉🔥 <:skynet:123456789012345678> 1️⃣2️⃣'],
    ['mixed scripts', 'Привет مرحبا 안녕하세요 こんにちは'],
    ['control characters', '\u202e\u200b\u0007'],
  ])('%s', (_what, draft) => {
    expect(checkDraft(draft, data)).toEqual({ claims: [], people: [] });
  });

  it('reads a 4,000-character message without trouble', () => {
    const tail = ' Sky Net 2019 brought back 2,041 fugitives.';
    const draft = 'The weather was mild and the meeting ran long. '.repeat(90).slice(0, 4000 - tail.length) + tail;
    expect(draft.length).toBe(4000);
    expect(verdicts(draft)).toEqual([['2,041', 'consistent']]);
  });
});

describe('regressions: real sentences once wrongly called contradicted', () => {
  // Each is from the seed report (data/sources/), whose every figure is the data.
  it.each([
    [
      'a fled clause dated by the sentence’s opening date',
      'On November 12, 2016, with the close cooperation of Chinese and New Zealand law enforcement agencies, Yan Yongming, a "hundred red-pass personnel" who had absconded for 15 years, returned to China to surrender the case.',
    ],
    [
      '"who had fled the United States for 17 years"',
      'On July 11, 2018, Xu Chaofan, the principal culprit in the Kaiping branch of Bank of China who had fled the United States for 17 years, was forcibly repatriated to the country.',
    ],
    [
      'a change whose owner year is named only before it',
      '“Skynet 2018” operation recovered 1,335 people who fled and 3.541 billion yuan of stolen money , The amount of stolen goods recovered increased by 261% over 2017; the “Skynet 2019” operation recovered 2,041 people who had fled and 5.42 billion yuan in stolen money recovered, reaching the highest level in history.',
    ],
    [
      '"second only to the previous year" and "since … in 2014"',
      'Despite the impact of the new crown pneumonia epidemic, the "Skynet 2020" operation still recovered the total number of 1,421 escaped persons, the second best result since the establishment of the Central Fleeing Office in 2014, second only to the previous year; the amount recovered was 2.95 billion yuan It is basically the same as the average since 2014.',
    ],
    [
      'yearly figures after "since the launch … year by year"',
      'According to public data, since the launch of the "Skynet" operation, the number of escaped persons recovered has been increasing year by year-1023 escaped persons were recovered and 3 billion yuan of stolen money recovered in 2015; "Skynet 2016" operation recovered the escaped 1032 personnel and 2.4 billion yuan of stolen money were recovered',
    ],
    // Found by hand on true sentences in the style of wire copy (test/factcheck/corpus/true-sentences.json).
    ['a figure right after its year as a base ("较上年的2041人")', '天网2020追回外逃人员1421人，较上年的2041人有所下降。'],
    ['"in the six years to 2020"', 'A total of 8,152 fugitives were returned in the six years to 2020.'],
    ['"on the 2015 list" is not the base of a change', 'Of the 100 fugitives on the 2015 list of fugitives, 62 were back in China by the end of 2024.'],
    [
      'a year of another event in between ("set up in 2014")',
      'In 2016, two years after the fugitive office was set up in 2014, 1,032 fugitives were returned.',
    ],
  ])('%s', (_what, sentence) => {
    const result = checkDraft(sentence, data);
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result.claims.filter((c) => c.verdict === 'contradicted').map((c) => `${c.text}: ${c.data}`)).toEqual([]);
  });

  it('takes no figure, rise or record from a paragraph that is not about the campaign', () => {
    expect(
      verdicts("In 2019, China's GDP grew 6.1% to 99.1 trillion yuan, the highest ever. The company's funds totalled 3 billion yuan in 2018, up 35% on 2017."),
    ).toEqual([]);
  });
});
