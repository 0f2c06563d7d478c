/**
 * Chinese names for synthetic cases: characters drawn by how common they are,
 * and their pinyin read by pinyin-pro exactly as the bot reads them, so that
 * `杨秀珠` and `Yang Xiuzhu` in a generated record always agree.
 *
 * Given-name characters with more than one reading (长 chang/zhang) are left
 * out, and every name is checked syllable by syllable: a record whose pinyin
 * disagreed with its characters would test nothing.
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import { toWords } from '../../src/search/normalize.js';
import { Weighted, type Random } from './random.js';

/** Family names, commonest first (roughly the order of China's household register). */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤庞安闵臧',
  '欧阳',
  '司马',
  '诸葛',
  '上官',
];

/** Characters common in given names, roughly commonest first. */
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉玉萍红海波鹏宇斌飞林志春雪荣新云峰亮成晓东宁凤光永庆德金福俊彬松健龙鑫婷慧琳颖莉燕梅丹倩瑞凯浩博伦坤宏晨阳帆航昊豪睿欣悦怡琪璐佳嘉思语子涵雨泽轩铭宝旭锦旗凡佩芬恒先生民忠义礼智信仁贵富发山水江河湖川石木森柏竹兵武学才开立正清振兴家顺利达通胜卫秋冬夏菊鸿鹤雁虎豹彪麟瑜琦琛璋瑾淑贞惠贤良善美婉雅萌毅坚琼珍珠芝茂盛祥瀚钧铁锋鸣岩崇岭峻巍汉',
];

export interface GeneratedName {
  /** `Yang Xiuzhu`. */
  name: string;
  /** `杨秀珠`. */
  chinese: string;
  /** `Yang`. */
  family: string;
  /** `Xiuzhu`. */
  given: string;
}

function capitalise(syllables: readonly string[]): string {
  const joined = syllables.join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const readingCache = new Map<string, string | undefined>();

/** The reading of one character on its own, or undefined when it has more than one. */
function singleReading(char: string): string | undefined {
  if (readingCache.has(char)) return readingCache.get(char);
  const readings = polyphonic(char, { toneType: 'none', type: 'array', v: false })[0] ?? [];
  const reading = readings.length === 1 ? toWords(readings[0]!) : undefined;
  readingCache.set(char, reading);
  return reading;
}

const surnameCache = new Map<string, string>();

/** A surname as the bot reads the head of a name (曾 is Zeng as a surname). */
function surnameReading(surname: string): string {
  let reading = surnameCache.get(surname);
  if (reading === undefined) {
    reading = pinyin(surname, { toneType: 'none', type: 'array', v: false, surname: 'head' })
      .map((s) => toWords(s))
      .join(' ');
    surnameCache.set(surname, reading);
  }
  return reading;
}

export class NameMaker {
  private readonly surnames = new Weighted(SURNAMES, 1.0);
  private readonly given = new Weighted(
    [...new Set(GIVEN)].filter((c) => singleReading(c) !== undefined),
    0.6,
  );

  make(random: Random): GeneratedName {
    for (;;) {
      const surname = this.surnames.pick(random);
      const givenLength = random.chance(0.25) ? 1 : 2;
      let given = '';
      for (let i = 0; i < givenLength; i++) given += this.given.pick(random);
      const chinese = surname + given;
      // Read the whole name as the bot does, then check it syllable by syllable against the characters.
      const syllables = toWords(chinese).split(' ');
      if (syllables.length !== chinese.length) continue;
      const familySyllables = syllables.slice(0, surname.length);
      const givenSyllables = syllables.slice(surname.length);
      if (familySyllables.join(' ') !== surnameReading(surname)) continue;
      if ([...given].some((c, i) => singleReading(c) !== givenSyllables[i])) continue;
      const family = capitalise(familySyllables);
      const givenName = capitalise(givenSyllables);
      return { name: `${family} ${givenName}`, chinese, family, given: givenName };
    }
  }
}
