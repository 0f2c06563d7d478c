/**
 * A reader whose Discord is in Chinese gets Chinese: every command's examples
 * (and the errors and refusals a reporter meets) are asked in zh-CN, and no
 * English sentence may be left once the sources' own words are set aside.
 * The data's words (quotes, posts, notes, milestone titles, names, addresses)
 * are the sources' and stay as written; everything else comes from labels.
 */
import { describe, expect, it } from 'vitest';
import type { InteractionResponse } from '../../src/discord/payload.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { ask, testApp } from '../support/app.js';

/** Every string of the dataset a reply may show as the source wrote it, longest first (so a quote goes before its words). */
function sourceWords(data: Dataset): string[] {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length > 0) words.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([data.meta, data.years, data.otherYears, data.cases, data.milestones, data.sources, data.list100, data.changelog]);
  return [...words].sort((a, b) => b.length - a.length);
}

/** All the text a reader sees in a response. */
function visibleText(response: InteractionResponse): string {
  if (response.type === 8) return response.data.choices.map((c) => c.name).join('\n');
  if (!('data' in response) || !response.data) return '';
  const data = response.data as {
    content?: string;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
    components?: { components: { label?: string }[] }[];
  };
  return [
    data.content,
    ...(data.embeds ?? []).flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]),
    ...(data.components ?? []).flatMap((row) => row.components.map((c) => c.label)),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Runs of three or more English words: a sentence, or a phrase of one, left untranslated. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}/g;

/** What is left of `text` once the sources' words, what the reporter typed, and quoted words are set aside. */
function englishLeft(text: string, source: readonly string[], typed: readonly string[]): string[] {
  let rest = text.replace(/\\([\\*_~`|[\]<>#\-.()])/g, '$1');
  for (const words of [...source, ...typed]) rest = rest.split(words).join(' ');
  // Quoted words are the report's own (a translation quirk the card explains) or the asker's.
  rest = rest.replace(/“[^”]*”|"[^"]*"/g, ' ');
  rest = rest
    .replace(/https?:\/\/\S+|\b[\w.-]+\.(?:com|cn|org|net|html?|txt|csv|png)\b\S*/g, ' ') // addresses and file names
    .replace(/`[^`]*`/g, ' ') // commands and working shown as code
    .replace(/\/[\w-]+(?: [\w-]+:[^\s`]+)*/g, ' '); // a command line such as /case name:yang xiuzhu
  return [...rest.matchAll(ENGLISH_RUN)].map((m) => m[0]);
}

describe('zh-CN replies carry no English beyond the sources’ own words', async () => {
  const app = await testApp();
  const source = sourceWords(app.store.current());
  const lines = [
    ...app.registry.list.flatMap((c) => c.examples),
    ...app.registry.messageCommands.flatMap((c) => c.examples),
    // What a reporter meets when a question goes wrong, and the dispatcher's own answers.
    '/case name:huang',
    '/case name:zzzzqqq',
    '/year year:2030',
    '/compare a:2019 b:2019',
    '/timeline year:1990',
    '/cases country:Narnia',
  ];

  // Suggestions while typing, which a reader sees before any reply.
  const typing = app.registry.list.flatMap((c) =>
    (c.definition.options ?? []).filter((o) => 'autocomplete' in o && o.autocomplete).map((o) => `/${c.definition.name} ${o.name}:${o.type === 3 ? 'y' : ''}`),
  );

  it.each(typing)('suggestions for %s', async (line) => {
    const { lineToInteraction } = await import('../../src/transports/terminal/line.js');
    const { response } = await app.handle(lineToInteraction(line, app.registry, 'autocomplete', 'zh-CN'));
    expect(englishLeft(visibleText(response!), source, [])).toEqual([]);
  });

  it.each(lines)('%s', async (line) => {
    const response = await ask(line, 'zh-CN');
    const typed = [...line.matchAll(/\b\w+:(.+?)(?=\s+\w+:|$)/g)].map((m) => m[1]!.trim());
    expect(englishLeft(visibleText(response), source, typed)).toEqual([]);
  });
});
