/**
 * Commands that exist only in tests (kept out of commands/ so users never see
 * them): one that waits until the test lets it finish, one that throws, one
 * that answers with a file. `appWith` builds the real App around the real
 * commands plus these.
 */
import { createApp, type App } from '../../src/app.js';
import { CommandRegistry } from '../../src/registry/registry.js';
import { defineCommand, type Command } from '../../src/kit/command.js';
import { silentLogger } from '../../src/log.js';
import { reply } from '../../src/render/embed.js';
import { testApp } from '../support/app.js';

/** A promise the test settles by hand. */
export function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Answers (or throws, with `fails`) only once `until` settles: slower than Discord's window whenever the test wants. */
export function slowCommand(name: string, until: () => Promise<void>, fails = false): Command {
  return defineCommand({
    definition: { name, description: 'Answers when the test lets it' },
    examples: [`/${name}`],
    async run() {
      await until();
      if (fails) throw new Error('failed late on purpose');
      return reply({ content: `/${name} finished after the deferral` });
    },
  });
}

export const brokenCommand = defineCommand({
  definition: { name: 'broken', description: 'Throws, as a bug in a handler would' },
  examples: ['/broken'],
  run() {
    throw new Error('a bug in a handler');
  },
});

/** A small valid PNG (1x1), so the file's bytes can be checked end to end. */
export const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export function fileCommand(name: string, ephemeral = false): Command {
  return defineCommand({
    definition: { name, description: 'Answers with a chart as a PNG attachment' },
    examples: [`/${name}`],
    run() {
      return reply({
        ephemeral,
        embeds: [{ title: 'A chart', description: 'See the attachment.' }],
        files: [{ name: 'chart.png', data: PNG_1PX, contentType: 'image/png', description: 'A one-pixel chart' }],
      });
    },
  });
}

/** The real app (real data, real commands) with test-only commands added. */
export async function appWith(extra: readonly Command[]): Promise<App> {
  const base = await testApp();
  const registry = new CommandRegistry([...base.registry.list, ...extra]);
  return createApp(base.config, silentLogger, { cooldown: false, registry });
}
