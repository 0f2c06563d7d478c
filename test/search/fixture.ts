/**
 * A fixed small dataset for the search modules' tests: made-up people whose
 * names are chosen so that each kind of slip has a decoy. For every misspelt
 * query below, the decoy is exactly as many plain edits away as the person
 * meant (so plain edit distance cannot tell them apart); only knowing how
 * people mistype can. The years and milestone give /search something besides.
 */
import type { CaseRecord, Milestone, YearRecord } from '../../src/data/schema.js';
import type { SearchSource } from '../../src/search/searchIndex.js';

const SOURCE = ['report'];

/** A made-up person returned from Canada in 2016; `extra` sets the rest. */
export function person(name: string, extra: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    aliases: [],
    events: [{ date: '2016-05-01', type: 'returned', from: 'Canada', source: SOURCE, evidence: [] }],
    operation: 2016,
    notes: [],
    quotes: [],
    ...extra,
  } as CaseRecord;
}

export const PEOPLE: CaseRecord[] = [
  person('Yang Xiuzhu', {
    chinese: { simplified: '杨秀珠', source: SOURCE },
    post: { value: 'Former deputy mayor of Wenzhou', source: SOURCE },
    fled: { to: 'United States', source: SOURCE },
  }),
  person('Yang Xiuku'),
  person('Yang Xiumhu'),
  person('Li Huabo', { aliases: ['one hundred million yuan chief'], post: { value: 'Former head of the Poyang county finance bureau', source: SOURCE } }),
  person('Li Huaoz'),
  person('Chen Wei'),
  person('Chen Weiq'),
  person('Huang Yurong', { chinese: { simplified: '黄玉荣', source: SOURCE } }),
  person('Huang Yrang'),
  person('Zhang Wei'),
  person('Zhao Wei'),
  person('Song Li'),
  person('Sang Lei'),
  person('Jia Siyu', { aliases: ['Jiasiyu'] }),
  person('Yan Li'),
  person('Li Yan'),
  person('Yang Ping', { chinese: { simplified: '阳平', source: SOURCE } }),
  person('Xu Chaofan', {
    post: { value: 'Former president of the Bank of China Kaiping branch', source: SOURCE },
    events: [{ date: '2018-07-11', type: 'extradited', from: 'United States', source: SOURCE, evidence: [] }],
  }),
];

/** Misspellings, the person meant, and the decoy as many plain edits away. */
export const SLIPS: { kind: string; typed: string; meant: string; decoy: string }[] = [
  { kind: 'two letters swapped', typed: 'li huaob', meant: 'li-huabo', decoy: 'li-huaoz' },
  { kind: 'a letter doubled', typed: 'chen weii', meant: 'chen-wei', decoy: 'chen-weiq' },
  { kind: 'a letter dropped', typed: 'huang yrong', meant: 'huang-yurong', decoy: 'huang-yrang' },
  { kind: 'a neighbouring key', typed: 'yang xiuxhu', meant: 'yang-xiuzhu', decoy: 'yang-xiumhu' },
  { kind: 'z for zh', typed: 'yang xiuzu', meant: 'yang-xiuzhu', decoy: 'yang-xiuku' },
  { kind: 'n for ng', typed: 'zhan wei', meant: 'zhang-wei', decoy: 'zhao-wei' },
  { kind: 'one wrong letter, the family name typed right', typed: 'song lei', meant: 'song-li', decoy: 'sang-lei' },
];

const YEARS: YearRecord[] = [
  {
    year: 2016,
    returned: 1032,
    recovered: 2_484_000_000,
    quote: 'In 2016, 1032 fugitives were brought back.',
    figures: [],
    claims: [],
    outside: [],
  } as YearRecord,
];

const MILESTONES: Milestone[] = [
  {
    id: 'first-extradition',
    date: '2018-07',
    title: 'First extradition from the United States',
    detail: 'An extradition under the treaty.',
    caseIds: [],
    figures: [],
    source: SOURCE,
    quotes: [],
    outside: [],
  } as Milestone,
];

export const SOURCE_DATA: SearchSource = { cases: PEOPLE, years: YEARS, milestones: MILESTONES };
