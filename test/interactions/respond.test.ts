/**
 * The reply plan every Discord transport carries out (src/interactions/respond.ts),
 * checked step by step with a carrier that records what it was asked to send.
 */
import { describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/registry/registry.js';
import { defineCommand } from '../../src/kit/command.js';
import { EPHEMERAL, InteractionType, ResponseType } from '../../src/discord/limits.js';
import type { InteractionResponse, ReplyFile } from '../../src/discord/payload.js';
import type { Dispatched, Incoming } from '../../src/interactions/dispatch.js';
import { message } from '../../src/interactions/dispatch.js';
import { respond, type Carrier } from '../../src/interactions/respond.js';
import { reply } from '../../src/render/embed.js';

const FILE: ReplyFile = { name: 'chart.png', data: new Uint8Array([1, 2, 3]), contentType: 'image/png' };

const command = (name: string, defer = false) =>
  defineCommand({
    definition: { name, description: 'a test command' },
    examples: [`/${name}`],
    run: () => reply({ content: name }),
    ...(defer ? { defer } : {}),
  });
const registry = new CommandRegistry([command('year'), command('chart', true)]);

function recorder(filesInFirstResponse: boolean): Carrier & { steps: string[]; firstSent: Promise<void> } {
  const steps: string[] = [];
  let sent!: () => void;
  const firstSent = new Promise<void>((resolve) => (sent = resolve));
  const flags = (r: { flags?: number } | undefined) => ((r?.flags ?? 0) & EPHEMERAL ? ' private' : '');
  return {
    steps,
    firstSent,
    filesInFirstResponse,
    async first(response: InteractionResponse, files) {
      const data = 'data' in response ? (response.data as { flags?: number } | undefined) : undefined;
      steps.push(`first ${response.type}${flags(data)}${files.length ? ` +${files.length} file` : ''}`);
      sent();
    },
    async nothing() {
      steps.push('nothing');
    },
    async editOriginal(data, files) {
      steps.push(`edit${flags(data)}${files.length ? ` +${files.length} file` : ''}`);
    },
    async deleteOriginal() {
      steps.push('delete');
    },
    async followUp(data) {
      steps.push(`follow-up${flags(data)}`);
    },
  };
}

const run = (name: string): Incoming => ({ type: InteractionType.ApplicationCommand, commandName: name });
const bot = (answer: () => Promise<Dispatched>) => ({ registry, handle: answer });
const now = () => Date.now();
/** An interaction created long enough ago that Discord's window is already closing. */
const longAgo = () => Date.now() - 10_000;
/** Work that finishes only once the carrier has sent its first response: too late for the window, whatever the machine's speed. */
const late = (carrier: { firstSent: Promise<void> }, answer: () => Promise<Dispatched>) => () => carrier.firstSent.then(answer);

const publicReply = () => Promise.resolve(message(reply({ content: 'the answer' })));
const privateReply = () => Promise.resolve(message(reply({ content: 'only you', ephemeral: true })));
const withFile =
  (ephemeral = false) =>
  () =>
    Promise.resolve(message(reply({ content: 'a chart', files: [FILE], ephemeral })));
const sendNothing = () => Promise.resolve<Dispatched>({ response: null, files: [] });

describe('the reply plan', () => {
  it('answers a command ready in time with one first response', async () => {
    const carrier = recorder(false);
    await respond(bot(publicReply), run('year'), carrier, now());
    expect(carrier.steps).toEqual([`first ${ResponseType.ChannelMessageWithSource}`]);
  });

  it('defers a command still running as the window closes, then edits the reply in', async () => {
    const carrier = recorder(true);
    await respond(bot(late(carrier, publicReply)), run('year'), carrier, longAgo());
    expect(carrier.steps).toEqual(['first 5', 'edit']);
  });

  it('acknowledges a command that defers up front before its work starts', async () => {
    const carrier = recorder(true);
    let startedAfter: string[] = [];
    await respond(
      bot(() => {
        startedAfter = [...carrier.steps];
        return withFile()();
      }),
      run('chart'),
      carrier,
      now(),
    );
    expect(startedAfter).toEqual(['first 5']);
    expect(carrier.steps).toEqual(['first 5', 'edit +1 file']);
  });

  it('sends files in the first response where the transport can (the gateway)', async () => {
    const carrier = recorder(true);
    await respond(bot(withFile()), run('year'), carrier, now());
    expect(carrier.steps).toEqual(['first 4 +1 file']);
  });

  it('defers a reply with files where the first response cannot carry them (HTTP), keeping a private one private', async () => {
    const open = recorder(false);
    await respond(bot(withFile()), run('year'), open, now());
    expect(open.steps).toEqual(['first 5', 'edit +1 file']);
    const secret = recorder(false);
    await respond(bot(withFile(true)), run('year'), secret, now());
    expect(secret.steps).toEqual(['first 5 private', 'edit +1 file']);
  });

  it('replaces a public placeholder with a private follow-up when a late reply is private', async () => {
    const carrier = recorder(true);
    await respond(bot(late(carrier, privateReply)), run('year'), carrier, longAgo());
    expect(carrier.steps).toEqual(['first 5', 'delete', 'follow-up private']);
  });

  it('sends nothing for "send nothing", and takes back a placeholder already sent', async () => {
    const inTime = recorder(true);
    await respond(bot(sendNothing), run('year'), inTime, now());
    expect(inTime.steps).toEqual(['nothing']);
    const afterDeferral = recorder(true);
    await respond(bot(late(afterDeferral, sendNothing)), run('year'), afterDeferral, longAgo());
    expect(afterDeferral.steps).toEqual(['first 5', 'delete']);
  });

  it('answers autocomplete and button presses as they come, never deferred', async () => {
    const choices = recorder(true);
    const autocomplete: Incoming = { type: InteractionType.Autocomplete, commandName: 'year' };
    await respond(
      bot(() => Promise.resolve({ response: { type: ResponseType.AutocompleteResult, data: { choices: [] } }, files: [] })),
      autocomplete,
      choices,
      longAgo(),
    );
    expect(choices.steps).toEqual(['first 8']);
    const press = recorder(true);
    const button: Incoming = { type: InteractionType.MessageComponent, customId: 'cases:1' };
    await respond(bot(sendNothing), button, press, longAgo());
    expect(press.steps).toEqual(['nothing']);
  });
});
