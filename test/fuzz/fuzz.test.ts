/**
 * Property-based fuzzing in every `npm test`: a few hundred interactions per
 * command and autocomplete handler (every one in the registry, so a new
 * command is covered without changes here), each answer checked by the one
 * shared validator. `npm run fuzz` runs the same at 10,000 a handler.
 * Set FUZZ_SEED to replay a run; the failing seed is in the failure message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/log.js';
import { fuzzConfig } from './app.js';
import { answerProblems, fuzzTarget, fuzzTargets } from './engine.js';
import { userText } from './arbitraries.js';
import { REGRESSIONS } from './regressions.js';
import type { Incoming } from '../../src/interactions/dispatch.js';

const RUNS = 200;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

describe('fuzzing every handler through app.handle', async () => {
  const app = await createApp(fuzzConfig(), silentLogger);
  const targets = await fuzzTargets(app);

  it('covers every command, every autocomplete handler and unknown names', () => {
    const names = targets.map((t) => t.name);
    for (const command of app.registry.list) {
      expect(names).toContain(`/${command.definition.name}`);
      if (command.autocomplete) expect(names).toContain(`/${command.definition.name} autocomplete`);
    }
    for (const command of app.registry.messageCommands) expect(names).toContain(`"${command.definition.name}"`);
    expect(names).toContain('unknown command');
  });

  it.each(targets.map((t) => [t.name, t]))(`%s: ${RUNS} interactions, every answer valid (seed ${seed})`, async (_name, target) => {
    const report = await fuzzTarget(app, target, RUNS, seed);
    expect(report.failure, `seed ${seed}: ${JSON.stringify(report.failure, null, 2)}`).toBeUndefined();
    expect(report.tried).toBe(RUNS);
    // The cases must mostly reach the handler, not all be refused at the option check.
    if (target.name !== 'unknown command') expect(report.outcomes.ok ?? 0).toBeGreaterThan(RUNS / 5);
  });

  it('generates what the issue asks for: long pastes, CJK, emoji, invisible marks and mentions', () => {
    const texts = fc.sample(userText, { numRuns: 3000, seed: 7 });
    expect(texts.some((t) => t.length === 0)).toBe(true);
    expect(texts.some((t) => t.length >= 5000)).toBe(true);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(6000);
    for (const pattern of [/\p{Script=Han}/u, /\p{Extended_Pictographic}/u, /[\u200b\u200d]/, /[\u202e\u200f]/, /@everyone/, /<@&\d+>/, /```/, /[*_~|`>]/]) {
      expect(
        texts.some((t) => pattern.test(t)),
        String(pattern),
      ).toBe(true);
    }
  });

  it.each(REGRESSIONS.map((r) => [`${r.target} (found ${r.found})`, r.incoming]))('regression: %s', async (_label, incoming) => {
    expect(await answerProblems(app, incoming as Incoming)).toEqual([]);
  });
});
