/** A serving bot shares what repeats in its data after its first answers: the records read the same before and after. */
import { describe, expect, it } from 'vitest';
import { compactDataset, loadDataset } from '../../src/dataset/dataset.js';

describe('compacting a dataset already served', () => {
  it('leaves every record as it was, with one copy of each repeated source list', async () => {
    const data = await loadDataset(undefined, { compact: false });
    const before = structuredClone({ cases: data.cases, years: data.years, milestones: data.milestones, sources: data.sources, list100: data.list100 });
    const withReport = data.cases.filter((c) => c.post?.source.length === 1 && c.post.source[0] === 'report');
    expect(withReport.length).toBeGreaterThan(2);
    // As read from the files: a list of its own per record.
    expect(withReport[0]!.post!.source).not.toBe(withReport[1]!.post!.source);
    const answer = data.search.findCases('yangxiuzu').matches[0]?.record.id;

    compactDataset(data);

    expect({ cases: data.cases, years: data.years, milestones: data.milestones, sources: data.sources, list100: data.list100 }).toEqual(before);
    expect(withReport[0]!.post!.source).toBe(withReport[1]!.post!.source);
    expect(data.search.findCases('yangxiuzu').matches[0]?.record.id).toBe(answer);
  });
});
