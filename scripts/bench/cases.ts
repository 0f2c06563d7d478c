/**
 * Synthetic fugitive cases in the data schema: a pinyin name with its
 * characters, sometimes an alias, a former post ("Former director of the
 * Tianjin Land and Resources Bureau"), where they fled, what happened and
 * when, the Sky Net year, and a sentence in the report's style.
 *
 * Made-up people: the names are drawn from common characters and every
 * record's source is the synthetic "report" that meta.json describes.
 */
import type { CaseEvent, CaseRecord, Outcome } from '../../src/data/schema.js';
import { OUTCOME_LABEL, countryPhrase } from '../../src/data/terms.js';
import { NameMaker, type GeneratedName } from './names.js';
import { Weighted, type Random } from './random.js';

const SOURCE = ['report'];

/** [city, province]: where the posts were held. */
export const PLACES: readonly (readonly [string, string])[] = [
  ['Tianjin', 'Tianjin'],
  ['Shanghai', 'Shanghai'],
  ['Chongqing', 'Chongqing'],
  ['Beijing', 'Beijing'],
  ['Shenyang', 'Liaoning'],
  ['Dalian', 'Liaoning'],
  ['Fengcheng', 'Liaoning'],
  ['Harbin', 'Heilongjiang'],
  ['Changchun', 'Jilin'],
  ['Shijiazhuang', 'Hebei'],
  ['Taiyuan', 'Shanxi'],
  ['Hohhot', 'Inner Mongolia'],
  ['Jinan', 'Shandong'],
  ['Qingdao', 'Shandong'],
  ['Nanjing', 'Jiangsu'],
  ['Suzhou', 'Jiangsu'],
  ['Hangzhou', 'Zhejiang'],
  ['Wenzhou', 'Zhejiang'],
  ['Ningbo', 'Zhejiang'],
  ['Hefei', 'Anhui'],
  ['Fuzhou', 'Fujian'],
  ['Xiamen', 'Fujian'],
  ['Nanchang', 'Jiangxi'],
  ['Poyang', 'Jiangxi'],
  ['Zhengzhou', 'Henan'],
  ['Wuhan', 'Hubei'],
  ['Changsha', 'Hunan'],
  ['Guangzhou', 'Guangdong'],
  ['Shenzhen', 'Guangdong'],
  ['Kaiping', 'Guangdong'],
  ['Nanning', 'Guangxi'],
  ['Haikou', 'Hainan'],
  ['Chengdu', 'Sichuan'],
  ['Guiyang', 'Guizhou'],
  ['Kunming', 'Yunnan'],
  ['Xi\u2019an', 'Shaanxi'],
  ['Lanzhou', 'Gansu'],
  ['Xining', 'Qinghai'],
  ['Yinchuan', 'Ningxia'],
  ['Urumqi', 'Xinjiang'],
];

const BUREAUS = [
  'Land and Resources Bureau',
  'State Taxation Bureau',
  'Finance Bureau',
  'Transport Bureau',
  'Housing and Construction Bureau',
  'Water Resources Bureau',
  'Education Bureau',
  'Forestry Bureau',
  'Commerce Bureau',
  'Audit Bureau',
  'Civil Affairs Bureau',
  'Public Security Bureau',
  'Health Bureau',
  'Agriculture Bureau',
  'Planning Bureau',
  'Statistics Bureau',
];

const INDUSTRIES = [
  'Port',
  'Steel',
  'Coal',
  'Real Estate',
  'Pharmaceutical',
  'Textile',
  'Construction',
  'Investment',
  'Trading',
  'Petroleum',
  'Tobacco',
  'Power',
];

const BANKS = ['Bank of China', 'Agricultural Bank of China', 'China Construction Bank', 'Industrial and Commercial Bank of China', 'Bank of Communications'];

const COUNTIES = [
  'Poyang',
  'Lianjiang',
  'Xinyi',
  'Anxi',
  'Yongkang',
  'Dingxi',
  'Fengxian',
  'Jianli',
  'Lishui',
  'Qidong',
  'Rugao',
  'Shuyang',
  'Taihe',
  'Wuyi',
  'Xiangshan',
  'Yiwu',
];

/** Where fugitives fled, commonest first, as the campaign's reports describe. */
const COUNTRIES = new Weighted(
  [
    'United States',
    'Canada',
    'Australia',
    'New Zealand',
    'Singapore',
    'Thailand',
    'Cambodia',
    'Malaysia',
    'Indonesia',
    'Philippines',
    'United Kingdom',
    'France',
    'Spain',
    'Italy',
    'Netherlands',
    'Germany',
    'Bulgaria',
    'Kenya',
    'Fiji',
    'Vietnam',
    'Myanmar',
    'Laos',
    'South Korea',
    'Japan',
    'Argentina',
    'Peru',
    'Ecuador',
    'Dominican Republic',
    'Uganda',
    'Kazakhstan',
  ],
  1.1,
);

const ENGLISH_NAMES = ['David', 'Michael', 'Peter', 'Jack', 'Tony', 'Kevin', 'Helen', 'Grace', 'Amy', 'Linda', 'Frank', 'Eric', 'Sam', 'Lily', 'Henry'];

const NICKNAMES = ['billion yuan director', 'naked official', 'tiger of the port', 'land king', 'vault keeper', 'red notice banker', 'coal boss', 'tax queen'];

/** Outcomes for the last event, commonest first. */
const OUTCOMES = new Weighted<Outcome>(
  ['surrendered', 'returned', 'deported', 'repatriated', 'escorted-back', 'extradited', 'forcibly-repatriated', 'assets-confiscated'],
  0.9,
);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function post(random: Random): string {
  const [city, province] = random.pick(PLACES);
  switch (random.int(0, 8)) {
    case 0:
    case 1:
      return `Former director of the ${city} ${random.pick(BUREAUS)}`;
    case 2:
      return `Former deputy director of the ${city} ${random.pick(BUREAUS)}`;
    case 3:
      return `Former Communist Party secretary of ${random.pick(COUNTIES)} county, ${province} province`;
    case 4:
      return `Former ${random.chance(0.5) ? 'deputy ' : ''}mayor of ${city} city, ${province} province`;
    case 5:
      return `Former general manager of ${city} ${random.pick(INDUSTRIES)} Group Co., Ltd.`;
    case 6:
      return `Former president of the ${random.pick(BANKS)} ${city} branch`;
    case 7:
      return `Former official of the finance bureau of ${random.pick(COUNTIES)} county`;
    default:
      return `Former chairman of ${city} ${random.pick(INDUSTRIES)} Holdings`;
  }
}

function aliases(random: Random, name: GeneratedName): string[] {
  const out: string[] = [];
  // The report's own run-together spelling, as it writes "Jiasiyu".
  if (random.chance(0.08)) out.push(`${name.family}${name.given.toLowerCase()}`);
  if (random.chance(0.06)) out.push(`${random.pick(ENGLISH_NAMES)} ${name.family}`);
  if (random.chance(0.03)) out.push(random.pick(NICKNAMES));
  return out;
}

function date(random: Random, year: number): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const precision = random.next();
  if (precision < 0.15) return String(year);
  if (precision < 0.35) return `${year}-${String(month).padStart(2, '0')}`;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function spokenDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return `In ${year}`;
  if (!day) return `In ${MONTHS[Number(month) - 1]} ${year}`;
  return `On ${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

export class CaseMaker {
  private readonly names = new NameMaker();
  private readonly usedIds = new Set<string>();

  /**
   * `shortQuotes`: a one-clause quote instead of the report-style sentence. A
   * million cases in full would make a cases.json longer than the longest
   * string V8 can hold (about 536 million characters), which the loader reads in one piece.
   */
  constructor(private readonly shortQuotes = false) {}

  /** Ids already taken (the real cases), so generated ones never collide. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.usedIds.add(id);
  }

  make(random: Random): CaseRecord {
    const name = this.names.make(random);
    const base = name.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);

    const formerPost = post(random);
    const country = COUNTRIES.pick(random);
    const fledYear = random.int(1995, 2016);
    const returnYear = Math.min(2020, fledYear + random.int(1, 15));
    const outcome = OUTCOMES.pick(random);
    const events: CaseEvent[] = [];
    const quotes: string[] = [];
    // Each event names the words of its quote that state it, as data:check requires (src/data/evidence.ts).
    const requested = random.chance(0.15) ? date(random, Math.max(fledYear, returnYear - 1)) : undefined;
    const returned = date(random, returnYear);
    const outcomeWords = `was ${OUTCOME_LABEL[outcome]}${outcome === 'assets-confiscated' ? '' : ` from ${countryPhrase(country)}`}`;
    quotes.push(
      this.shortQuotes
        ? `${spokenDate(returned)}, ${name.name} ${outcomeWords}.`
        : `${spokenDate(returned)}, ${name.name}, ${formerPost.charAt(0).toLowerCase()}${formerPost.slice(1)}, ${outcomeWords}.`,
    );
    if (requested) {
      const words = 'asked foreign law enforcement to arrest and repatriate';
      quotes.push(`${spokenDate(requested)}, China ${words} ${name.name}.`);
      events.push({ date: requested, type: 'arrest-requested', source: SOURCE, evidence: [{ quote: 1, words }] });
    }
    events.push({
      date: returned,
      type: outcome,
      ...(outcome === 'assets-confiscated' ? {} : { from: country }),
      source: SOURCE,
      evidence: [{ quote: 0, words: outcomeWords }],
    });

    const knownFled = random.chance(0.6);
    const record: CaseRecord = {
      id,
      name: name.name,
      ...(random.chance(0.7) ? { chinese: { simplified: name.chinese, source: SOURCE } } : {}),
      aliases: aliases(random, name),
      post: { value: formerPost, source: SOURCE },
      ...(random.chance(0.2) ? { redNotice: { value: true, source: SOURCE } } : {}),
      ...(knownFled ? { fled: { to: country, date: date(random, fledYear), source: SOURCE } } : {}),
      ...(knownFled && returnYear > fledYear ? { yearsAtLarge: { value: returnYear - fledYear, source: SOURCE } } : {}),
      events,
      operation: returnYear >= 2015 ? returnYear : null,
      notes: random.chance(0.25) ? [{ text: `Fled with about ${random.int(2, 900)} million yuan`, source: SOURCE }] : [],
      disagreements: [],
      quotes,
    };
    return record;
  }
}
