/**
 * How well the checker does on the corpus of drafts in test/factcheck/corpus/:
 * each draft comes with the verdicts a copy editor expects, keyed by the words
 * of the claim, and the people it names. `npm run factcheck -- --eval` prints
 * the figures; a test holds the checker to the targets.
 *
 * A corpus file is validated like any data from outside: a key that is not in
 * its draft, an unknown verdict or an unknown case is an error naming the
 * file, the draft and the key.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Dataset } from '../dataset/dataset.js';
import { PROJECT_ROOT } from '../paths.js';
import { checkDraft } from './check.js';
import { overlaps, VERDICTS, type CheckedClaim, type Span, type Verdict } from './types.js';

/** Where the corpus lives: beside the tests that hold the checker to it. */
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'test', 'factcheck', 'corpus');

export const TARGETS = { verdictsRight: 0.95, falseContradicted: 0, peopleFound: 0.95 } as const;

const VerdictName = z.enum(['consistent', 'contradicted', 'not-in-data']);

export const CorpusDraft = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case words joined by hyphens'),
  lang: z.enum(['en', 'zh']),
  /** Where the draft's wording comes from or what it tests, for whoever reads the corpus. */
  note: z.string().min(1).optional(),
  text: z.string().min(1),
  /** The claim's words as they stand in the draft → the expected verdict. `words#2` is their second occurrence. */
  claims: z.record(z.string().min(1), VerdictName),
  people: z.array(z.string()),
});
export type CorpusDraft = z.infer<typeof CorpusDraft>;

const CorpusFile = z.strictObject({ drafts: z.array(CorpusDraft).min(1) });

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Where `words` (or `words#n`, its n-th occurrence) stands in the text. */
export function keySpan(text: string, key: string): Span | undefined {
  const m = /^(.*)#(\d+)$/s.exec(key);
  const words = m ? m[1]! : key;
  let nth = m ? Number(m[2]) : 1;
  let at = -1;
  while (nth-- > 0) {
    at = text.indexOf(words, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + words.length };
}

export async function loadCorpus(dir: string, data: Pick<Dataset, 'caseById'>): Promise<CorpusDraft[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new CorpusError(`${dir}: no corpus files (*.json)`);
  const problems: string[] = [];
  const drafts: CorpusDraft[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = CorpusFile.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    for (const d of parsed.data.drafts) {
      for (const key of Object.keys(d.claims)) if (!keySpan(d.text, key)) problems.push(`${file}: ${d.id}: the claim "${key}" is not in the draft`);
      for (const id of d.people) if (!data.caseById.has(id)) problems.push(`${file}: ${d.id}: no case "${id}" in the data`);
      drafts.push(d);
    }
  }
  const ids = new Set<string>();
  for (const d of drafts) {
    if (ids.has(d.id)) problems.push(`draft id "${d.id}" is used twice`);
    ids.add(d.id);
  }
  if (problems.length > 0) throw new CorpusError(`the corpus in ${dir} is invalid:\n${problems.join('\n')}`);
  return drafts;
}

export type Got = Verdict | 'missed';

export interface DraftResult {
  draft: CorpusDraft;
  expected: { key: string; want: Verdict; got: Got; claim?: CheckedClaim }[];
  /** Claims the checker made that the corpus does not expect. */
  unexpected: CheckedClaim[];
  people: { want: string[]; found: string[] };
}

export function scoreDraft(draft: CorpusDraft, data: Dataset): DraftResult {
  const result = checkDraft(draft.text, data);
  const used = new Set<CheckedClaim>();
  const expected = Object.entries(draft.claims).map(([key, want]) => {
    const span = keySpan(draft.text, key)!;
    const claim = result.claims.find((c) => !used.has(c) && overlaps(c, span));
    if (claim) used.add(claim);
    return { key, want, got: claim?.verdict ?? ('missed' as Got), ...(claim ? { claim } : {}) };
  });
  return {
    draft,
    expected,
    unexpected: result.claims.filter((c) => !used.has(c)),
    people: { want: [...new Set(draft.people)], found: [...new Set(result.people.map((p) => p.case))] },
  };
}

export interface Rate {
  hits: number;
  of: number;
}

export interface Evaluation {
  drafts: number;
  byLang: Record<'en' | 'zh', number>;
  verdictsRight: Rate;
  falseContradicted: number;
  perVerdict: Record<Verdict, { precision: Rate; recall: Rate }>;
  people: { precision: Rate; recall: Rate };
  results: DraftResult[];
  met: boolean;
}

export function evaluate(drafts: readonly CorpusDraft[], data: Dataset): Evaluation {
  const results = drafts.map((d) => scoreDraft(d, data));
  const all = results.flatMap((r) => r.expected);
  const unexpected = results.flatMap((r) => r.unexpected);
  const perVerdict = Object.fromEntries(
    VERDICTS.map((v) => {
      const hits = all.filter((e) => e.want === v && e.got === v).length;
      const said = all.filter((e) => e.got === v).length + unexpected.filter((c) => c.verdict === v).length;
      return [v, { precision: { hits, of: said }, recall: { hits, of: all.filter((e) => e.want === v).length } }];
    }),
  ) as Evaluation['perVerdict'];
  const found = results.reduce((n, r) => n + r.people.found.length, 0);
  const want = results.reduce((n, r) => n + r.people.want.length, 0);
  const peopleHits = results.reduce((n, r) => n + r.people.found.filter((id) => r.people.want.includes(id)).length, 0);
  const falseContradicted =
    all.filter((e) => e.got === 'contradicted' && e.want !== 'contradicted').length + unexpected.filter((c) => c.verdict === 'contradicted').length;
  const verdictsRight = { hits: all.filter((e) => e.got === e.want).length, of: all.length };
  const people = { precision: { hits: peopleHits, of: found }, recall: { hits: peopleHits, of: want } };
  return {
    drafts: drafts.length,
    byLang: { en: drafts.filter((d) => d.lang === 'en').length, zh: drafts.filter((d) => d.lang === 'zh').length },
    verdictsRight,
    falseContradicted,
    perVerdict,
    people,
    results,
    met: ratio(verdictsRight) >= TARGETS.verdictsRight && falseContradicted <= TARGETS.falseContradicted && ratio(people.recall) >= TARGETS.peopleFound,
  };
}

export function ratio(r: Rate): number {
  return r.of === 0 ? 1 : r.hits / r.of;
}

function pct(r: Rate): string {
  return `${(ratio(r) * 100).toFixed(1)}%`;
}

/** The figures, then every miss: what was expected, what the checker said. */
export function formatEvaluation(e: Evaluation): string {
  const row = (name: string, p: Rate, r: Rate): string =>
    `  ${name.padEnd(14)}${pct(p).padStart(10)}${pct(r).padStart(10)}${String(r.of).padStart(10)}${String(p.of).padStart(8)}`;
  const lines = [
    `Copy desk corpus: ${e.drafts} drafts (${e.byLang.en} English, ${e.byLang.zh} Chinese), ${e.verdictsRight.of} expected verdicts, ${e.people.recall.of} people`,
    `  verdicts right:       ${e.verdictsRight.hits} of ${e.verdictsRight.of} (${pct(e.verdictsRight)})   target ≥ ${TARGETS.verdictsRight * 100}%`,
    `  false "contradicted": ${e.falseContradicted}   target ${TARGETS.falseContradicted}`,
    `  people found:         ${e.people.recall.hits} of ${e.people.recall.of} (${pct(e.people.recall)})   target ≥ ${TARGETS.peopleFound * 100}%`,
    '',
    `  ${''.padEnd(14)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'expected'.padStart(10)}${'said'.padStart(8)}`,
    ...VERDICTS.map((v) => row(v, e.perVerdict[v].precision, e.perVerdict[v].recall)),
    row('people', e.people.precision, e.people.recall),
  ];
  const misses = e.results.flatMap((r) => [
    ...r.expected
      .filter((x) => x.got !== x.want)
      .map((x) => `  ${r.draft.id}: "${x.key}" expected ${x.want}, got ${x.got}${x.claim ? ` (${x.claim.data})` : ''}`),
    ...r.unexpected.map((c) => `  ${r.draft.id}: unexpected claim "${c.text}" ${c.verdict} (${c.data})`),
    ...r.people.want.filter((id) => !r.people.found.includes(id)).map((id) => `  ${r.draft.id}: person ${id} not found`),
    ...r.people.found.filter((id) => !r.people.want.includes(id)).map((id) => `  ${r.draft.id}: person ${id} found but not named`),
  ]);
  if (misses.length > 0) lines.push('', `Differences (${misses.length}):`, ...misses);
  lines.push('', e.met ? 'Targets met.' : 'Targets NOT met.');
  return lines.join('\n');
}
