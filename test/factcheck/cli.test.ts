/** `npm run factcheck` as a publishing system runs it: a file or standard input in, the marked draft or JSON out, an exit code. */
import { writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../support/app.js';

const CLI = path.join(ROOT, 'src', 'cli', 'factcheck.ts');

describe('npm run factcheck', () => {
  it('prints the draft with its claims marked; exit 1 when something is contradicted', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'factcheck-'));
    const file = path.join(dir, 'draft.txt');
    await writeFile(file, 'Sky Net 2019 brought back 2,041 fugitives. Xu Chaofan was extradited from Canada.');
    const result = await run([CLI, file]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'Sky Net 2019 brought back 2,041 [✅1] fugitives. Xu Chaofan was extradited from Canada [❌2].',
      '',
      '2 claims: ✅ 1 consistent · ❌ 1 contradicted · ➖ 0 not in the data',
    ]);
  });

  it('prints one JSON object, the contract, for a draft on standard input; exit 0 when nothing is contradicted', async () => {
    const result = await run([CLI, '--json'], { input: '天网2019追回外逃人员2041人。' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      claims: [
        {
          start: 12,
          end: 17,
          text: '2041人',
          kind: 'returned',
          year: 2019,
          verdict: 'consistent',
          data: '2,041 fugitives returned in 2019',
          sources: ['report'],
        },
      ],
      people: [],
    });
  });

  it('exits 2 on unusable input, saying why on standard error', async () => {
    const empty = await run([CLI, '--json'], { input: '   ' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('standard input has no words or figures to check');
    expect(JSON.parse(empty.stdout)).toEqual({ claims: [], people: [] });
    const missing = await run([CLI, path.join(os.tmpdir(), 'no-such-draft.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });

  it('--eval reports precision and recall for each verdict and for people, and whether the targets are met', async () => {
    const result = await run([CLI, '--eval']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Copy desk corpus: \d+ drafts \(\d+ English, \d+ Chinese\)/);
    for (const row of ['consistent', 'contradicted', 'not-in-data', 'people'])
      expect(result.stdout).toMatch(new RegExp(`^  ${row} +\\d+\\.\\d% +\\d+\\.\\d%`, 'm'));
    expect(result.stdout).toContain('false "contradicted": 0');
    expect(result.stdout.trimEnd().endsWith('Targets met.')).toBe(true);
  });
});
