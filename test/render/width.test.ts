import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, truncateToWidth } from '../../src/render/width.js';

describe('display width in a code block', () => {
  it('counts as string-width does, on the fast path (ASCII, bars) and off it', () => {
    const unit = fc.constantFrom('a', 'Z', ' ', '~', '█', '▏', '▌', '─', '中', '秀', '😀', 'é', '\u0301', '◀', '·', '–');
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        expect(displayWidth(s)).toBe(stringWidth(s));
      }),
    );
    for (let code = 0x2500; code <= 0x259f; code++) expect(displayWidth(String.fromCharCode(code))).toBe(stringWidth(String.fromCharCode(code)));
  });

  it('lines up a chart whose labels are characters', () => {
    expect(padEnd('杨秀珠', 8)).toBe('杨秀珠  ');
    expect(padEnd('████▌', 8)).toBe('████▌   ');
    expect(truncateToWidth('杨秀珠 Yang Xiuzhu', 7)).toBe('杨秀珠…');
  });
});
