/**
 * What wraps dispatch to make `app.handle`, in this order:
 *   1. after `close()` (shutting down) a new interaction is not run: a command
 *      gets a short "restarting" message, autocomplete no choices;
 *   2. the per-user cooldown (commands only: autocomplete is not counted);
 *   3. dispatch itself, tracked as in flight so a shutdown waits for it;
 *   4. one log line per interaction: command, outcome, latency, user, and
 *      the options with user text cut short; and the same counted in the metrics.
 * Nothing thrown gets past this layer: the last resort is a short private
 * error message, the same the dispatcher gives when a handler throws.
 */
import { InteractionType, ResponseType } from '../discord/limits.js';
import { errorReply, reply, truncate } from '../render/embed.js';
import type { Logger } from '../log.js';
import type { InteractionKind, Metrics } from '../metrics/metrics.js';
import type { Cooldown, CooldownVerdict } from './cooldown.js';
import { labels } from '../i18n/labels.js';
import { message, type Dispatched, type Incoming } from './dispatch.js';
import type { InFlight } from './inFlight.js';

export interface HandlerDeps {
  dispatch(incoming: Incoming): Promise<Dispatched>;
  cooldown: Cooldown;
  inFlight: InFlight;
  log: Logger;
  metrics?: Metrics;
}

export interface Handler {
  handle(incoming: Incoming): Promise<Dispatched>;
  /** Stops running new interactions; those already running carry on. */
  close(): void;
  readonly closed: boolean;
}

/** How much of a typed value reaches the log: enough to recognise, not a whole paste. */
export const LOGGED_TEXT = 100;
const LOGGED_OPTIONS = 10;

function isAutocomplete(incoming: Incoming): boolean {
  return incoming?.type === InteractionType.Autocomplete;
}

/** Whose budget a command is counted against. Interactions without a user share one. */
function userKey(incoming: Incoming): string {
  return typeof incoming?.userId === 'string' ? incoming.userId : 'unknown';
}

function noChoices(outcome: Dispatched['outcome']): Dispatched {
  return { response: { type: ResponseType.AutocompleteResult, data: { choices: [] } }, files: [], outcome };
}

/** The options as a short summary for the log: names and values, text cut to LOGGED_TEXT characters. */
export function loggedOptions(options: unknown): unknown {
  if (options === undefined) return undefined;
  if (!Array.isArray(options)) return '(not a list)';
  return options.slice(0, LOGGED_OPTIONS).map((o: unknown) => {
    const { name, value } = (o ?? {}) as { name?: unknown; value?: unknown };
    const shown =
      typeof value === 'string'
        ? truncate(value, LOGGED_TEXT)
        : typeof value === 'number' || typeof value === 'boolean'
          ? value
          : `(${value === null ? 'null' : typeof value})`;
    return { name: typeof name === 'string' ? truncate(name, 32) : '(no name)', value: shown };
  });
}

export function kindOf(incoming: Incoming): InteractionKind {
  return isAutocomplete(incoming) ? 'autocomplete' : incoming?.type === InteractionType.MessageComponent ? 'button' : 'command';
}

/** A button counts under the command that issued it (the custom_id's prefix). */
function commandOf(incoming: Incoming): string {
  return String(incoming?.type === InteractionType.MessageComponent ? String(incoming.customId).split(':', 1)[0] : incoming?.commandName);
}

export function createHandler(deps: HandlerDeps): Handler {
  let closed = false;

  /** The cooldown's verdict; should counting fail outright, the command runs (a lost count, never a lost answer). */
  async function budget(incoming: Incoming): Promise<CooldownVerdict> {
    try {
      return await deps.cooldown.take(userKey(incoming));
    } catch (error) {
      deps.log.warn({ err: error }, 'cooldown unavailable; answering anyway');
      return { kind: 'allowed' };
    }
  }

  async function answer(incoming: Incoming): Promise<Dispatched> {
    if (closed) return isAutocomplete(incoming) ? noChoices('closed') : { ...message(errorReply(labels(incoming.locale).restarting)), outcome: 'closed' };
    if (!isAutocomplete(incoming)) {
      const verdict = await budget(incoming);
      if (verdict.kind !== 'allowed') deps.metrics?.cooldownRefused(verdict.kind === 'warn');
      if (verdict.kind === 'warn')
        return {
          ...message(reply({ content: `⏳ ${labels(incoming.locale).cooldown(Math.max(1, Math.ceil(verdict.retryInMs / 1000)))}`, ephemeral: true })),
          outcome: 'cooldown',
        };
      // "Send nothing": see the contract on Dispatched.
      if (verdict.kind === 'silent') return { response: null, files: [], outcome: 'silenced' };
    }
    try {
      return await deps.dispatch(incoming);
    } catch (error) {
      deps.log.error({ err: error }, 'interaction failed outside any command');
      return isAutocomplete(incoming) ? noChoices('failed') : { ...message(errorReply(labels(incoming?.locale).somethingWrong)), outcome: 'failed' };
    }
  }

  function logLine(incoming: Incoming, result: Dispatched, started: number): void {
    const autocomplete = isAutocomplete(incoming);
    deps.metrics?.interaction(kindOf(incoming), commandOf(incoming), result.outcome ?? 'ok', (performance.now() - started) / 1000);
    // Autocomplete fires at every keystroke: its lines are there at LOG_LEVEL=debug, out of the way
    // otherwise, and not even put together then (the HTTP endpoint's throughput, npm run bench).
    if (autocomplete && !deps.log.isLevelEnabled('debug')) return;
    const line = {
      interaction: kindOf(incoming),
      command: truncate(commandOf(incoming), 32),
      outcome: result.outcome ?? 'ok',
      ms: Math.round((performance.now() - started) * 10) / 10,
      user: truncate(userKey(incoming), 32),
      ...(incoming?.type === InteractionType.MessageComponent
        ? { button: truncate(String(incoming.customId), 100) }
        : { options: loggedOptions(incoming?.options) }),
    };
    if (autocomplete) deps.log.debug(line, 'interaction');
    else if (line.outcome === 'failed') deps.log.warn(line, 'interaction');
    else deps.log.info(line, 'interaction');
  }

  return {
    async handle(incoming) {
      const started = performance.now();
      const result = await deps.inFlight.track(answer(incoming));
      try {
        logLine(incoming, result, started);
      } catch {
        // A log line that cannot be written must not cost the user their answer.
      }
      return result;
    },
    close() {
      closed = true;
    },
    get closed() {
      return closed;
    },
  };
}
