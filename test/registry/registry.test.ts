/** The command files themselves: loadable, within Discord's rules, each with its own test. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandProblems } from '../../src/registry/registry.js';
import { definitionProblems, messageDefinitionProblems } from '../../src/discord/definitionRules.js';
import { ROOT, testApp } from '../support/app.js';

describe('command files', async () => {
  const app = await testApp();

  it('are all loaded', () => {
    expect(app.registry.list.map((c) => c.definition.name).sort()).toEqual([
      'about',
      'case',
      'cases',
      'changes',
      'chart',
      'check',
      'compare',
      'export',
      'help',
      'list100',
      'search',
      'stats',
      'timeline',
      'year',
    ]);
  });

  it.each(app.registry.list.map((c) => [c.definition.name, c]))("/%s obeys Discord's rules for definitions", (_name, command) => {
    expect(definitionProblems(command.definition)).toEqual([]);
  });

  it.each(app.registry.list.map((c) => [c.definition.name]))('/%s has its own test file', (name) => {
    expect(existsSync(path.join(ROOT, 'test/commands', `${name}.test.ts`))).toBe(true);
  });

  it("loads the message commands, each within Discord's rules and with its own test file", () => {
    expect(app.registry.messageCommands.map((c) => [c.definition.name, c.key])).toEqual([
      ['Check facts', 'check-facts'],
      ['Find cases', 'find-cases'],
    ]);
    for (const c of app.registry.messageCommands) {
      expect(messageDefinitionProblems(c.definition)).toEqual([]);
      expect(c.definition.name_localizations?.['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(existsSync(path.join(ROOT, 'test/commands', `${c.key}.test.ts`))).toBe(true);
    }
  });

  it('refuses a message command Discord would refuse: a description, options, a blank or long name', () => {
    expect(messageDefinitionProblems({ type: 3, name: ' Check', description: 'd', options: [] })).toEqual([
      '" Check": a message command\'s name must be 1-32 characters, not blank at either end',
      '" Check": a message command takes no description',
      '" Check": a message command takes no options',
    ]);
    expect(messageDefinitionProblems({ type: 3, name: 'x'.repeat(33) })).toHaveLength(1);
    expect(messageDefinitionProblems({ type: 3, name: 'Check facts', name_localizations: { 'zh-CN': '核查事实' } })).toEqual([]);
  });

  it('catches a definition Discord would refuse', () => {
    expect(
      definitionProblems({
        name: 'Bad Name',
        description: 'x'.repeat(101),
        options: [
          { name: 'a', description: 'optional', type: 3 },
          { name: 'b', description: 'required after optional', type: 3, required: true, autocomplete: true, choices: [{ name: 'x', value: 'x' }] },
        ],
      }),
    ).toEqual([
      '/Bad Name: name "Bad Name" must be 1-32 letters, digits, - _ or \'',
      '/Bad Name: name "Bad Name" must be lower-case',
      '/Bad Name: description must be 1-100 characters (has 101)',
      '/Bad Name b: required options must come before optional ones',
      '/Bad Name b: autocomplete cannot be combined with choices',
    ]);
  });

  it('refuses a module that is not a command, naming the file', () => {
    expect(commandProblems('oops.ts', {})).toEqual(['oops.ts: has no default export (export default defineCommand({...}))']);
    expect(
      commandProblems('half.ts', {
        default: {
          definition: { name: 'half', description: 'd', options: [{ name: 'q', description: 'd', type: 3, autocomplete: true }] },
          examples: ['/half'],
          run: () => null,
        },
      }),
    ).toEqual(['half.ts: an option asks for autocomplete but there is no autocomplete handler']);
  });
});
