/**
 * The second half of a deferred answer over the HTTP endpoint: the reply,
 * once ready, goes to Discord's REST API as an edit of the deferred message
 * (`PATCH /webhooks/{application}/{token}/messages/@original`). Files go as
 * multipart/form-data with the JSON in `payload_json`. @discordjs/rest does
 * the encoding and retries a 429 after its `Retry-After` and a 5xx, as the
 * gateway's client does.
 */
import { REST, type RawFile } from '@discordjs/rest';
import { EPHEMERAL, ResponseType } from '../discord/limits.js';
import type { ReplyFile } from '../discord/payload.js';
import type { Dispatched } from '../interactions/dispatch.js';

export function isEphemeral({ response }: Dispatched): boolean {
  return response?.type === ResponseType.ChannelMessageWithSource && ((response.data.flags ?? 0) & EPHEMERAL) !== 0;
}

function rawFiles(files: readonly ReplyFile[]): { files?: RawFile[] } {
  // Index i is `files[i]`, matching `attachments[i].id` in the JSON (src/discord/payload.ts).
  return files.length > 0 ? { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: f.contentType })) } : {};
}

export class DeferredReplies {
  private readonly rest: REST;

  constructor(
    private readonly applicationId: string,
    apiBase?: string,
  ) {
    // No token: webhook routes are authorised by the interaction token in the path.
    this.rest = new REST({ version: '10', ...(apiBase ? { api: apiBase } : {}) });
  }

  /** Puts the finished reply where the deferred one stands; `deferredEphemeral` is what the defer promised. */
  async complete(token: string, dispatched: Dispatched, deferredEphemeral: boolean): Promise<void> {
    const { response, files } = dispatched;
    const original = `/webhooks/${this.applicationId}/${token}/messages/@original` as const;
    // "Send nothing" after a defer: take the placeholder away rather than leave it thinking.
    if (response === null) {
      await this.rest.delete(original, { auth: false });
      return;
    }
    if (response.type !== ResponseType.ChannelMessageWithSource) throw new Error(`cannot edit a deferred reply into response type ${response.type}`);
    if (isEphemeral(dispatched) === deferredEphemeral) {
      const { flags: _flags, ...edit } = response.data;
      await this.rest.patch(original, { body: edit, ...rawFiles(files), auth: false });
      return;
    }
    // A deferred reply is public; an error meant for one person goes to them alone.
    await this.rest.delete(original, { auth: false });
    await this.rest.post(`/webhooks/${this.applicationId}/${token}`, { body: response.data, ...rawFiles(files), auth: false });
  }
}
