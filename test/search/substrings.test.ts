/** Entries with a string containing what was typed, by runs of three letters and by characters. */
import { describe, expect, it } from 'vitest';
import { SubstringIndex } from '../../src/search/substrings.js';

const STRINGS = [['yangxiuzhu', 'xiuzhuyang', '杨秀珠'], ['lihuabo', 'huaboli'], ['xiuyang']];
const index = SubstringIndex.build(STRINGS.length, (entry) => STRINGS[entry]!);

describe('substrings', () => {
  it('lists every entry holding the letters, ascending, and possibly a few that do not', () => {
    expect(index.containing('iuzh')).toEqual([0]);
    const yang = index.containing('yang');
    expect(yang).toEqual(expect.arrayContaining([0, 2]));
    expect([...yang]).toEqual([...yang].sort());
  });

  it('finds characters anywhere in a name', () => {
    expect(index.containing('秀珠')).toEqual([0]);
    expect(index.containing('李')).toEqual([]);
  });
});
