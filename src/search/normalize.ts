/**
 * One normal form for names however they are typed: `Yang Xiu-zhu`, `YANG
 * XIUZHU`, `yángxiùzhū` and `杨秀珠` all become the words `yang xiu zhu` /
 * the key `yangxiuzhu`. Chinese characters are read as pinyin (pinyin-pro),
 * accents and tone marks are dropped, and ü is written u as most English
 * copy does.
 */
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_CHAR = /\p{Script=Han}/u;

export function hasHan(s: string): boolean {
  return HAN_CHAR.test(s);
}

/** The Chinese characters of a string, in order, without anything else. */
export function hanOnly(s: string): string {
  return (s.match(HAN_RUN) ?? []).join('');
}

/** Replaces each run of characters with its toneless pinyin, one syllable a word. */
export function hanToPinyin(s: string): string {
  return s.replace(HAN_RUN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array', v: false, surname: 'head' }).join(' ')} `);
}

/**
 * Lower-case words separated by single spaces, Latin letters without marks,
 * digits kept, everything else a separator. Han characters become pinyin.
 */
export function toWords(s: string): string {
  return hanToPinyin(s.normalize('NFKC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words run together: the form that matches however a name is split. */
export function toKey(s: string): string {
  return toWords(s).replace(/ /g, '');
}
