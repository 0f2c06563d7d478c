/** Finding the fugitives a text names, however it writes them, and no one else. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { spotPeople } from '../../src/factcheck/names.js';

let data: Dataset;
beforeAll(async () => {
  data = await loadDataset();
});

function cases(text: string): string[] {
  return spotPeople(text, data).map((p) => p.case);
}

describe('names in pinyin', () => {
  it.each([
    ['Yang Xiuzhu surrendered', 'yang-xiuzhu'],
    ['YANG XIUZHU surrendered', 'yang-xiuzhu'],
    ['yang xiuzhu surrendered', 'yang-xiuzhu'],
    ['Yang Xiu-zhu surrendered', 'yang-xiuzhu'],
    ['Yang Xiu Zhu surrendered', 'yang-xiuzhu'],
    ['yangxiuzhu surrendered', 'yang-xiuzhu'],
    ['Xiuzhu Yang surrendered', 'yang-xiuzhu'],
    ['Yáng Xiùzhū surrendered', 'yang-xiuzhu'],
    ['the court took the assets of Jiasiyu', 'jia-siyu'],
    ['Zhang Heng-xian remains at large', 'zhang-hengxian'],
    ['He Jian returned', 'he-jian'],
  ])('%s', (text, id) => {
    expect(cases(text)).toEqual([id]);
  });

  it('gives offsets into the text as JavaScript counts them', () => {
    const text = '🎉 Xu Chaofan was sent back';
    const [p] = spotPeople(text, data);
    expect(p).toMatchObject({ start: 3, end: 13, text: 'Xu Chaofan', case: 'xu-chaofan', name: 'Xu Chaofan' });
    expect(text.slice(p!.start, p!.end)).toBe('Xu Chaofan');
  });

  it.each([
    ['Yang Xiuzu gave herself up', 'yang-xiuzhu'],
    ['Hunag Ping was brought back', 'huang-ping'],
    ['Zhang Hengxain was named', 'zhang-hengxian'],
    ['Yangxiuzu returned', 'yang-xiuzhu'],
    ['Li Huabao was deported', 'li-huabo'],
  ])('finds a name with one slip: %s', (text, id) => {
    expect(cases(text)).toEqual([id]);
  });

  it('asks strong evidence of a slip: capitals, a long enough name, one slip, one person', () => {
    // Lower-case words in a capitalised text are not names.
    expect(cases('The hunag ping noise came from Beijing.')).toEqual([]);
    // Six letters run together (hejian) are too short for a slip.
    expect(cases('He Jain said nothing.')).toEqual([]);
    // Two slips are too many (xiuzo is two from xiuzhu).
    expect(cases('Yang Xiuzo returned.')).toEqual([]);
    // Lower-case chat has no capitals to go by, so a slip is allowed there.
    expect(cases('yang xiuzu was sent back')).toEqual(['yang-xiuzhu']);
  });

  it('finds no one in ordinary words, places or fragments of a name', () => {
    expect(cases('He jumped when the bell rang, and Yang said Huang was ping-ponging between offices.')).toEqual([]);
    expect(cases('Huangping County and Huang Ping Road are places.')).toEqual([]);
    expect(cases('An official and He said so.')).toEqual([]);
  });
});

describe('names in characters', () => {
  it('finds the characters a source gives, simplified and traditional', () => {
    expect(cases('许超凡被强制遣返')).toEqual(['xu-chaofan']);
    expect(cases('黃玉榮返回中國投案')).toEqual(['huang-yurong']);
    expect(cases('彭旭峰、贾斯语违法所得')).toEqual(['peng-xufeng', 'jia-siyu']);
  });

  it('finds a three-character name by its sound when no source gives the characters, where a name can stand', () => {
    expect(cases('请求外国执法机构缉捕并遣返杨玉荣、臧春伟、张恒先等3名红通人员')).toEqual(['yang-yurong', 'zang-chunwei', 'zhang-hengxian']);
    expect(cases('2014年12月，王国强从美国回国投案。')).toEqual(['wang-guoqiang']);
    // 安徽民营企业 sounds like An Huimin's name but 营 does not follow a name.
    expect(cases('安徽民营企业家座谈会')).toEqual([]);
  });

  it('does not take a place for a person', () => {
    expect(cases('黄平县位于贵州')).toEqual([]);
  });
});

describe('one slip of the finger', () => {
  it('counts a swap of neighbours as one slip, as a reporter makes it', () => {
    expect(cases('Hunagping returned to surrender')).toEqual(['huang-ping']);
    expect(cases('Yangxiuzu surrendered')).toEqual(['yang-xiuzhu']);
  });

  it('takes two slips for another word, not a person', () => {
    expect(cases('Yongxiuzo surrendered')).toEqual([]);
  });
});
