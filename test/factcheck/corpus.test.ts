/**
 * The copy desk against its corpus (test/factcheck/corpus/): the targets the
 * issue sets, measured as `npm run factcheck -- --eval` measures them, and the
 * seed report itself, every figure of which is true.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/dataset.js';
import { checkDraft } from '../../src/factcheck/check.js';
import { CorpusError, DEFAULT_CORPUS, evaluate, loadCorpus, ratio, TARGETS, type Evaluation } from '../../src/factcheck/evaluate.js';
import { ROOT } from '../support/app.js';

let data: Dataset;
let evaluation: Evaluation;

beforeAll(async () => {
  data = await loadDataset();
  evaluation = evaluate(await loadCorpus(DEFAULT_CORPUS, data), data);
});

describe('the corpus', () => {
  it('has at least 80 drafts, in English and in Chinese, true and false', () => {
    expect(evaluation.drafts).toBeGreaterThanOrEqual(80);
    expect(evaluation.byLang.en).toBeGreaterThanOrEqual(30);
    expect(evaluation.byLang.zh).toBeGreaterThanOrEqual(30);
    for (const v of ['consistent', 'contradicted', 'not-in-data'] as const) expect(evaluation.perVerdict[v].recall.of).toBeGreaterThanOrEqual(25);
  });

  it('gets at least 95% of the expected verdicts right', () => {
    expect(ratio(evaluation.verdictsRight)).toBeGreaterThanOrEqual(TARGETS.verdictsRight);
  });

  it('never calls a true figure contradicted', () => {
    const wrong = evaluation.results.flatMap((r) => [
      ...r.expected.filter((e) => e.got === 'contradicted' && e.want !== 'contradicted').map((e) => `${r.draft.id}: ${e.key}`),
      ...r.unexpected.filter((c) => c.verdict === 'contradicted').map((c) => `${r.draft.id}: ${c.text}`),
    ]);
    expect(wrong).toEqual([]);
    expect(evaluation.falseContradicted).toBe(0);
  });

  it('finds at least 95% of the people named, and no one who is not', () => {
    expect(ratio(evaluation.people.recall)).toBeGreaterThanOrEqual(TARGETS.peopleFound);
    expect(evaluation.people.precision.hits).toBe(evaluation.people.precision.of);
  });

  it('refuses a corpus file with a claim that is not in its draft, naming the file and the draft', async () => {
    const dir = path.join(ROOT, 'test', 'factcheck', 'fixtures', 'bad-corpus');
    await expect(loadCorpus(dir, data)).rejects.toThrow(CorpusError);
    await expect(loadCorpus(dir, data)).rejects.toThrow('broken.json: bad-key: the claim "2,014" is not in the draft');
    await expect(loadCorpus(dir, data)).rejects.toThrow('broken.json: bad-key: no case "nobody" in the data');
  });
});

describe('the seed report, every figure of which is the data', () => {
  it('has nothing contradicted, and its figures, records and cases agree', async () => {
    const report = await readFile(path.join(ROOT, 'data', 'sources', data.meta.report.file), 'utf8');
    const result = checkDraft(report, data);
    expect(result.claims.filter((c) => c.verdict === 'contradicted').map((c) => c.text)).toEqual([]);
    expect(result.claims.filter((c) => c.verdict === 'consistent').length).toBeGreaterThanOrEqual(30);
    // Everyone the report names: the cases with the report's own words (the others come from other reports).
    expect(new Set(result.people.map((p) => p.case)).size).toBe(data.cases.filter((c) => c.quotes.length > 0).length);
  });
});
