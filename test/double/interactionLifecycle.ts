/**
 * An interaction's life at the Discord double, from the token it issues to
 * the last webhook call: the first response (by the callback route or as the
 * HTTP answer to a delivery), accepted once and only inside Discord's window
 * and only if it fits the interaction; then `@original` read, edited or
 * deleted, and follow-ups, each checked as Discord checks them.
 */
import { callbackTypeProblems } from './callbackRules.js';
import type { Channel, DiscordMessage } from './channel.js';
import type { DefinitionProblem } from './commandRules.js';
import { snowflakeTime } from './ids.js';
import type { InteractionPayload } from './interactions.js';
import { choiceProblems, messageProblems } from './messageRules.js';
import { discordError, HttpAnswer, refusal, type RestCall, type SentFile } from './restCall.js';
import { postInteraction } from './sign.js';

/** The interaction's accepted first response, whichever way it came (callback route or HTTP answer). */
export interface FirstResponse {
  body: { type: number; data?: Record<string, unknown> };
  files: SentFile[];
  at: number;
}

interface InteractionState {
  payload: InteractionPayload;
  createdAt: number;
  response?: FirstResponse;
  /** The message `@original` stands for: the reply it made, or for a button answered with 6 or 7, the message the button is on. */
  originalId?: string;
  /** Set while the interaction's HTTP delivery awaits its answer: the answer is its response, whenever this side reads it. */
  delivery?: Promise<void>;
}

export class Interactions {
  private readonly byToken = new Map<string, InteractionState>();

  /**
   * `responseWindowMs`: Discord's window for the first answer, after which it
   * is 404 Unknown interaction. `changed` tells waiters something happened.
   */
  constructor(
    private readonly channel: Channel,
    private readonly responseWindowMs: number,
    private readonly changed: () => void,
  ) {}

  /** From now on the interaction's token is known, so its callback and webhook routes answer. */
  register(payload: InteractionPayload): InteractionPayload {
    this.byToken.set(payload.token, { payload, createdAt: snowflakeTime(payload.id) });
    return payload;
  }

  /** The interaction a token was issued for. */
  idOfToken(token: string): string | undefined {
    return this.byToken.get(token)?.payload.id;
  }

  /** The message standing as this interaction's response (`@original`), as it is now. */
  originalMessage(interactionId: string): DiscordMessage | undefined {
    const id = this.stateOf(interactionId)?.originalId;
    return id === undefined ? undefined : this.channel.messageById(id);
  }

  responseTo(interactionId: string): FirstResponse | undefined {
    return this.stateOf(interactionId)?.response;
  }

  /** While the interaction's HTTP delivery awaits its answer: settles once that answer is read. */
  deliveryOf(interactionId: string | undefined): Promise<void> | undefined {
    return this.stateOf(interactionId)?.delivery;
  }

  /** See DiscordDouble.deliver. */
  async deliver(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: unknown; verdict?: number }> {
    const state = this.byToken.get(tokenOf(body) ?? '');
    let delivered = () => {};
    // The bot may call the webhook routes as soon as its answer is written, before this side has read
    // the answer off the socket: Discord has the response by then, so those calls wait for it here.
    if (state) state.delivery = new Promise<void>((resolve) => (delivered = resolve));
    try {
      const answer = await postInteraction(url, body, headers);
      if (answer.status !== 200 || !state) return answer;
      const verdict = this.acknowledge(state, answer.json, [], Date.now()).status;
      this.changed();
      return { ...answer, verdict };
    } finally {
      if (state) delete state.delivery;
      delivered();
    }
  }

  /** POST /interactions/{id}/{token}/callback. */
  callback(call: RestCall): HttpAnswer {
    const state = this.byToken.get(decodeURIComponent(call.rawPath.split('/')[3] ?? ''));
    if (!state || state.payload.id !== call.interactionId) return discordError(404, 10062, 'Unknown interaction');
    return this.acknowledge(state, call.body, call.files, call.at);
  }

  /** The webhook routes: `@original` read, edited or deleted, and follow-ups. */
  webhook(call: RestCall): HttpAnswer {
    const state = this.stateOf(call.interactionId);
    if (!state || state.response === undefined) return discordError(404, 10015, 'Unknown Webhook');
    if (call.route === 'followup') {
      const refused = refusal(messageProblems(call.body, { hasFiles: call.files.length > 0, isEdit: false }));
      return refused ?? new HttpAnswer(200, this.channel.newMessage(state.payload, (call.body ?? {}) as Record<string, unknown>, call.files));
    }
    const original = this.channel.live(state.originalId ?? '');
    if (!original) return discordError(404, 10008, 'Unknown Message');
    if (call.route === 'original.delete') {
      this.channel.delete(original.id);
      delete state.originalId;
      return new HttpAnswer(204);
    }
    if (call.route === 'original.edit') {
      const refused = refusal(messageProblems(call.body, { hasFiles: call.files.length > 0, isEdit: true }));
      if (refused) return refused;
      this.channel.edit(original, (call.body ?? {}) as Record<string, unknown>, call.files);
    }
    return new HttpAnswer(200, original);
  }

  private stateOf(interactionId: string | undefined): InteractionState | undefined {
    return [...this.byToken.values()].find((s) => s.payload.id === interactionId);
  }

  /** Discord's checks on the first response to an interaction, whichever way it came (callback route or HTTP answer). */
  private acknowledge(state: InteractionState, response: unknown, files: SentFile[], at: number): HttpAnswer {
    if (state.response !== undefined) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    if (at - state.createdAt > this.responseWindowMs) return discordError(404, 10062, 'Unknown interaction');
    const body = (response ?? {}) as FirstResponse['body'];
    const refused =
      refusal(callbackTypeProblems(state.payload.type, body.type)) ?? refusal(dataProblems(body, files).map((p) => ({ ...p, path: ['data', ...p.path] })));
    if (refused) return refused;
    const buttonOn = state.payload.message?.id as string | undefined;
    if ((body.type === 6 || body.type === 7) && !this.channel.has(buttonOn ?? '')) return discordError(404, 10008, 'Unknown Message');
    state.response = { body, files, at };
    switch (body.type) {
      case 4:
        state.originalId = this.channel.newMessage(state.payload, body.data ?? {}, files).id;
        break;
      case 5:
        // Discord's "thinking…" placeholder (flag 128, LOADING), which the edit replaces.
        state.originalId = this.channel.newMessage(state.payload, { flags: Number(body.data?.flags ?? 0) | 128 }, []).id;
        break;
      case 6:
        state.originalId = buttonOn;
        break;
      case 7:
        state.originalId = buttonOn;
        this.channel.edit(this.channel.live(buttonOn ?? ''), body.data ?? {}, files);
        break;
    }
    return new HttpAnswer(204);
  }
}

/** The checks on a response's `data` for its type (the type itself is already known to fit the interaction). */
function dataProblems(body: FirstResponse['body'], files: SentFile[]): DefinitionProblem[] {
  switch (body.type) {
    case 4:
      return messageProblems(body.data, { hasFiles: files.length > 0, isEdit: false });
    case 7:
      // Checked as an edit of the message the button is on: an update may change only some fields.
      return messageProblems(body.data ?? {}, { hasFiles: files.length > 0, isEdit: true });
    case 8:
      return choiceProblems(body.data);
    default:
      return [];
  }
}

/** The interaction token in a body the double delivers; tests also deliver bodies that are not interactions, or not JSON. */
function tokenOf(body: string): string | undefined {
  try {
    const token = (JSON.parse(body) as { token?: unknown } | null)?.token;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}
