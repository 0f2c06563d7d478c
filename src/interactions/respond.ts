/**
 * The plan for answering one interaction, in one place for every transport
 * that must answer inside Discord's window (the gateway and the HTTP
 * endpoint). A transport only carries the plan out, through its Carrier:
 *
 * - autocomplete and button presses are answered as they come (autocomplete
 *   cannot be deferred; a press is quick, no rendering);
 * - a command that says up front it may be slow (`defer: true`, a chart) is
 *   acknowledged before its work starts: work that computes synchronously
 *   would otherwise hold the acknowledgement back;
 * - any other command races Discord's deadline: ready in time, it is the
 *   first response (unless it has files the carrier cannot put in a first
 *   response); late, it is deferred and the reply edited in when ready;
 * - "send nothing" (`response: null`, see Dispatched) sends no response, and
 *   takes back a placeholder already sent;
 * - a deferred placeholder is public unless the reply was known to be private
 *   when it went out; a private reply that arrives after a public placeholder
 *   replaces it with a private follow-up, so an error meant for one person
 *   is never shown to the channel.
 */
import { EPHEMERAL, INITIAL_RESPONSE_MS, InteractionType, ResponseType } from '../discord/limits.js';
import type { InteractionResponse, MessageData, ReplyFile } from '../discord/payload.js';
import type { Bot } from './bot.js';
import { DEFER_AFTER_MS, LATE, withinDeadline } from './deadline.js';
import type { Dispatched, Incoming } from './dispatch.js';
import { kindOf } from './handle.js';
import type { DeferralReason, Metrics } from '../metrics/metrics.js';

/** How one transport delivers each step of the plan for one interaction. */
export interface Carrier {
  /** The gateway sends a first response with files as multipart; an HTTP response body cannot carry files. */
  readonly filesInFirstResponse: boolean;
  /** The interaction's one initial response: a message, an update, choices or a deferral. Settles once it has gone out. */
  first(response: InteractionResponse, files: readonly ReplyFile[]): Promise<void>;
  /** No interaction response at all (the HTTP endpoint ends Discord's request empty; the gateway makes no call). */
  nothing(): Promise<void>;
  /** Replaces the deferred placeholder with the reply. */
  editOriginal(data: MessageData, files: readonly ReplyFile[]): Promise<void>;
  deleteOriginal(): Promise<void>;
  /** A new message after the first, such as a private error once a public placeholder is gone. */
  followUp(data: MessageData, files: readonly ReplyFile[]): Promise<void>;
}

/** Discord's "thinking…" placeholder; private when the reply is known to be. */
export function deferral(ephemeral: boolean): InteractionResponse {
  return { type: ResponseType.DeferredChannelMessageWithSource, ...(ephemeral ? { data: { flags: EPHEMERAL } } : {}) };
}

export function isEphemeral({ response }: Dispatched): boolean {
  return response?.type === ResponseType.ChannelMessageWithSource && ((response.data.flags ?? 0) & EPHEMERAL) !== 0;
}

function defersUpFront(bot: Pick<Bot, 'registry'>, incoming: Incoming): boolean {
  return incoming.type === InteractionType.ApplicationCommand && Boolean(bot.registry.get(incoming.commandName)?.defer);
}

/** Puts a reply that was ready only after the deferral where the placeholder stands. */
async function finish(dispatched: Dispatched, deferredEphemeral: boolean, carrier: Carrier): Promise<void> {
  const { response, files } = dispatched;
  if (response === null) return carrier.deleteOriginal();
  if (response.type !== ResponseType.ChannelMessageWithSource) throw new Error(`cannot edit a deferred reply into response type ${response.type}`);
  if (isEphemeral(dispatched) === deferredEphemeral) {
    const { flags: _flags, ...edit } = response.data;
    return carrier.editOriginal(edit, files);
  }
  await carrier.deleteOriginal();
  return carrier.followUp(response.data, files);
}

/**
 * The carrier, counted for the operators: a first response past Discord's
 * window is a late answer (Discord refuses it), a deferral is counted with its
 * reason, and the time from the interaction's creation to the last step
 * delivered is the end-to-end latency.
 */
function counted(carrier: Carrier, metrics: Metrics | undefined, arrivedAt: number): Carrier & { done(incoming: Incoming): void } {
  if (!metrics) return { ...carrier, done: () => undefined };
  let sent = false;
  return {
    ...carrier,
    async first(response, files) {
      await carrier.first(response, files);
      sent = true;
      if (Date.now() - arrivedAt > INITIAL_RESPONSE_MS) metrics.late();
    },
    done(incoming) {
      if (sent) metrics.delivered(kindOf(incoming), (Date.now() - arrivedAt) / 1000);
    },
  };
}

/**
 * Answers `incoming` through `carrier`, start to finish. `arrivedAt` (epoch
 * ms) is when Discord created or sent the interaction: the deadline counts from then.
 */
export async function respond(
  bot: Pick<Bot, 'handle' | 'registry'> & Partial<Pick<Bot, 'metrics'>>,
  incoming: Incoming,
  to: Carrier,
  arrivedAt: number = Date.now(),
): Promise<void> {
  const carrier = counted(to, bot.metrics, arrivedAt);
  await plan(bot, incoming, carrier, arrivedAt, (reason) => bot.metrics?.deferred(reason));
  carrier.done(incoming);
}

async function plan(
  bot: Pick<Bot, 'handle' | 'registry'>,
  incoming: Incoming,
  carrier: Carrier,
  arrivedAt: number,
  deferred: (reason: DeferralReason) => void,
): Promise<void> {
  if (incoming.type !== InteractionType.ApplicationCommand) {
    const { response, files } = await bot.handle(incoming);
    return response === null ? carrier.nothing() : carrier.first(response, files);
  }
  if (defersUpFront(bot, incoming)) {
    deferred('up_front');
    await carrier.first(deferral(false), []);
    return finish(await bot.handle(incoming), false, carrier);
  }
  const work = bot.handle(incoming);
  const ready = await withinDeadline(work, DEFER_AFTER_MS - (Date.now() - arrivedAt));
  if (ready !== LATE) {
    if (ready.response === null) return carrier.nothing();
    if (ready.files.length === 0 || carrier.filesInFirstResponse) return carrier.first(ready.response, ready.files);
  }
  // Late, or ready with files that must go over REST: a placeholder now, the reply when it is there.
  const ephemeral = ready !== LATE && isEphemeral(ready);
  deferred(ready === LATE ? 'deadline' : 'files');
  await carrier.first(deferral(ephemeral), []);
  return finish(await work, ephemeral, carrier);
}
