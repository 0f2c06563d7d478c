/**
 * A newsroom's own, larger data folder, loaded through DATA_DIR: the
 * benchmark's generator writes 2,000 cases (the report's plus made-up ones)
 * and the bot answers from them as it does from the report's twenty.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticData } from '../../scripts/bench/dataFolder.js';
import type { App } from '../../src/app.js';
import type { CaseRecord } from '../../src/data/schema.js';
import { ResponseType } from '../../src/discord/limits.js';
import { toKey } from '../../src/search/normalize.js';
import { lineToInteraction } from '../../src/transports/terminal/line.js';
import { testApp } from '../support/app.js';

const CASES = 2000;

let dir: string;
let app: App;
let generated: CaseRecord[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'skynet-large-'));
  const written = await writeSyntheticData(dir, CASES, 'test');
  generated = written.cases.slice(written.realCount);
  app = await testApp({ DATA_DIR: dir });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function embedFor(line: string) {
  const { response } = await app.handle(lineToInteraction(line, app.registry, 'run'));
  if (!response || response.type !== ResponseType.ChannelMessageWithSource) throw new Error('expected a message');
  return response.data;
}

async function choicesFor(line: string) {
  const { response } = await app.handle(lineToInteraction(line, app.registry, 'autocomplete'));
  if (!response || response.type !== ResponseType.AutocompleteResult) throw new Error('expected autocomplete');
  return response.data.choices;
}

/** A generated person with characters whose name nobody else has. */
function someoneUnique(): CaseRecord {
  const count = new Map<string, number>();
  for (const c of app.store.current().cases) count.set(toKey(c.name), (count.get(toKey(c.name)) ?? 0) + 1);
  return generated.find((c) => c.chinese && c.name.length >= 10 && count.get(toKey(c.name)) === 1)!;
}

describe(`a data folder of ${CASES.toLocaleString('en')} cases through DATA_DIR`, () => {
  it('loads every case and says so', async () => {
    expect(app.store.current().cases).toHaveLength(CASES);
    const about = (await embedFor('/about')).embeds?.flatMap((e) => (e.fields ?? []).map((f) => f.value)).join('\n');
    expect(about).toMatch(/^2,?000 named cases$/m);
  });

  it('answers /case for a generated person, however the name is typed', async () => {
    const person = someoneUnique();
    const [family, given] = person.name.split(' ') as [string, string];
    const slip = `${family} ${given.slice(0, 2)}${given.slice(3)}`;
    for (const typed of [person.name, person.name.replace(' ', '').toLowerCase(), person.chinese!.simplified, slip]) {
      const data = await embedFor(`/case name:${typed}`);
      expect(data.embeds?.[0]?.title, `typed "${typed}"`).toBe(`${person.name} ${person.chinese!.simplified}`);
    }
    const embed = (await embedFor(`/case name:${person.name}`)).embeds![0]!;
    expect(JSON.stringify(embed.fields)).toContain(person.post!.value);
  });

  it("still finds the report's own people among them", async () => {
    expect((await embedFor('/case name:yang xiuzhu')).embeds?.[0]?.title).toBe('Yang Xiuzhu 杨秀珠');
  });

  it('autocompletes a generated name while it is typed, 25 choices at most', async () => {
    const person = someoneUnique();
    const typed = person.name.toLowerCase();
    for (let i = 1; i <= typed.length; i++) {
      const choices = await choicesFor(`/case name:${typed.slice(0, i)}`);
      expect(choices.length).toBeLessThanOrEqual(25);
      if (i === typed.length) expect(choices[0]?.value).toBe(person.name);
    }
    expect(await choicesFor('/case name:')).toHaveLength(25);
  });

  it('searches posts and places across the generated cases', async () => {
    const person = someoneUnique();
    const data = await embedFor(`/search query:${person.post!.value}`);
    expect(JSON.stringify(data.embeds)).toContain(person.name);
  });
});

describe(`name search over ${CASES.toLocaleString('en')} cases`, () => {
  /** Prefixes, slips and characters of some generated names: what autocomplete receives. */
  function queries(): string[] {
    const out: string[] = [];
    for (const c of generated.slice(0, 40)) {
      const name = c.name.toLowerCase();
      for (let i = 1; i <= name.length; i++) out.push(name.slice(0, i));
      out.push(`${name.slice(0, 3)}${name.slice(4)}`);
      if (c.chinese) out.push(c.chinese.simplified, c.chinese.simplified.slice(0, 1), c.chinese.simplified.slice(1));
    }
    return out;
  }

  it('gives the first results of a longer list when asked for fewer', () => {
    const { search } = app.store.current();
    for (const q of queries()) {
      const ids = (limit: number) => search.findCases(q, limit).matches.map((m) => m.record.id);
      expect(ids(6), `query "${q}"`).toEqual(ids(25).slice(0, 6));
      expect(ids(1), `query "${q}"`).toEqual(ids(25).slice(0, 1));
    }
  });

  it('answers the same whatever was typed before (the prefix caches)', () => {
    const { search } = app.store.current();
    const list = queries();
    const forward = list.map((q) => search.findCases(q).matches.map((m) => `${m.record.id}:${m.score}`));
    const backward = [...list].reverse().map((q) => search.findCases(q).matches.map((m) => `${m.record.id}:${m.score}`));
    expect(backward.reverse()).toEqual(forward);
  });

  it('lists everyone whose name holds the letters typed, when they fit', () => {
    const { search, cases } = app.store.current();
    let checked = 0;
    for (const c of generated.slice(0, 200)) {
      const key = toKey(c.name);
      for (const part of [key.slice(1, 5), key.slice(2, 7), key.slice(-4)]) {
        const found = new Set(search.findCases(part).matches.map((m) => m.record.id));
        if (found.size >= 25) continue;
        checked++;
        for (const other of cases) if (toKey(other.name).includes(part)) expect(found, `"${part}" should list ${other.id}`).toContain(other.id);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('never gives more than 25', () => {
    expect(app.store.current().search.findCases('w', 100).matches).toHaveLength(25);
  });

  it("reads each generated name's characters as the name's pinyin", () => {
    for (const c of generated.filter((g) => g.chinese)) expect(toKey(c.chinese!.simplified), c.id).toBe(toKey(c.name));
  });
});
