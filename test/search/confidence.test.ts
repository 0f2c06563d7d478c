/** What a name match's score means: one direction (higher is better) and the bands /case answers by. */
import { describe, expect, it } from 'vitest';
import { alikeOf, bandOf, fuzzyScore, SCORE } from '../../src/search/confidence.js';

describe('confidence', () => {
  it('scores what was typed right above any misspelling, higher being better', () => {
    expect(SCORE.exact).toBeGreaterThan(SCORE.word);
    expect(SCORE.word).toBeGreaterThan(SCORE.prefix);
    expect(SCORE.prefix).toBeGreaterThan(SCORE.contains);
    expect(SCORE.contains).toBeGreaterThan(fuzzyScore(0, 10, true));
    expect(fuzzyScore(0.5, 10, true)).toBeGreaterThan(fuzzyScore(1, 10, true));
    expect(fuzzyScore(1, 10, true)).toBeGreaterThan(fuzzyScore(1, 10, false));
  });

  it('bands the best match', () => {
    expect(bandOf({ score: 1, kind: 'exact' })).toBe('exact');
    expect(bandOf({ score: 0.96, kind: 'exact' })).toBe('confident');
    expect(bandOf({ score: SCORE.word, kind: 'word' })).toBe('confident');
    expect(bandOf({ score: fuzzyScore(0.3, 10, true), kind: 'fuzzy' })).toBe('closest');
    // Two ordinary slips in five letters: too far to put a name to.
    expect(bandOf({ score: fuzzyScore(2, 5, true), kind: 'fuzzy' })).toBe('guess');
    expect(bandOf(undefined)).toBe('guess');
  });

  it('names the matches as likely as the best, except after an exact one', () => {
    const word = { score: SCORE.word, kind: 'word' as const };
    expect(alikeOf([word, word, { score: SCORE.contains, kind: 'contains' as const }], 'confident')).toEqual([word]);
    expect(
      alikeOf(
        [
          { score: 1, kind: 'exact' as const },
          { score: 1, kind: 'exact' as const },
        ],
        'exact',
      ),
    ).toEqual([]);
  });
});
