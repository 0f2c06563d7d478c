/** What /search looks at in a record, and how much each place counts. */
import { describe, expect, it } from 'vitest';
import { forEachPart, phrasesOf, stem } from '../../src/search/textFields.js';
import { toWords } from '../../src/search/normalize.js';
import { PEOPLE } from './fixture.js';

describe('text fields', () => {
  it('stems so that extradited and extradite meet, and extradition starts where they do', () => {
    expect(stem('extradited')).toBe(stem('extradite'));
    expect(stem('extradited').startsWith(stem('extradition'))).toBe(true);
    expect(stem('2016')).toBe('2016');
  });

  it('weighs a name above a place, and a place above a post', () => {
    const yang = PEOPLE[0]!;
    const parts: { part: string; weight: number }[] = [];
    forEachPart({ kind: 'case', record: yang }, (part, _field, weight) => parts.push({ part, weight }));
    const weightOf = (text: string): number => parts.find(({ part }) => part.includes(text))!.weight;
    expect(weightOf('Yang Xiuzhu')).toBeGreaterThan(weightOf('United States'));
    expect(weightOf('United States')).toBeGreaterThan(weightOf('Wenzhou'));
    expect(phrasesOf({ kind: 'case', record: yang }, toWords)).toContain(' former deputy mayor of wenzhou ');
  });
});
