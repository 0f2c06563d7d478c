/**
 * A person's name as a reader of each language expects it: pinyin first for
 * English readers (`Yang Xiuzhu 杨秀珠`), characters first for Chinese readers
 * (`杨秀珠 Yang Xiuzhu`). Characters only ever come from the data, where a
 * published source gives them; without them the pinyin stands alone.
 */
import type { CaseRecord } from '../data/schema.js';
import type { Lang } from './lang.js';

export function personName(c: CaseRecord, lang: Lang): string {
  if (!c.chinese) return c.name;
  return lang === 'zh' ? `${c.chinese.simplified} ${c.name}` : `${c.name} ${c.chinese.simplified}`;
}
