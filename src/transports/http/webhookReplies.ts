/**
 * The HTTP endpoint's steps after the first response, through Discord's REST
 * API with the interaction's token: edit or delete the deferred placeholder
 * (`/webhooks/{application}/{token}/messages/@original`), or post a follow-up.
 * Files go as multipart/form-data with the JSON in `payload_json`.
 * @discordjs/rest does the encoding and retries a 429 after its `Retry-After`
 * and a 5xx, as the gateway's client does.
 */
import { REST, type RawFile } from '@discordjs/rest';
import type { MessageData, ReplyFile } from '../../discord/payload.js';

function rawFiles(files: readonly ReplyFile[]): { files?: RawFile[] } {
  // Index i is `files[i]`, matching `attachments[i].id` in the JSON (src/discord/payload.ts).
  return files.length > 0 ? { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: f.contentType })) } : {};
}

export interface WebhookReplies {
  editOriginal(data: MessageData, files: readonly ReplyFile[]): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(data: MessageData, files: readonly ReplyFile[]): Promise<void>;
}

/** One REST client for the endpoint; `forToken` gives the calls for one interaction. */
export class WebhookClient {
  private readonly rest: REST;

  constructor(
    private readonly applicationId: string,
    apiBase?: string,
  ) {
    // No token: webhook routes are authorised by the interaction token in the path.
    this.rest = new REST({ version: '10', ...(apiBase ? { api: apiBase } : {}) });
  }

  forToken(token: string): WebhookReplies {
    // Discord documents the token only as a string: percent-encoded, any character stays inside its path segment.
    const webhook = `/webhooks/${this.applicationId}/${encodeURIComponent(token)}` as const;
    const original = `${webhook}/messages/@original` as const;
    return {
      editOriginal: async (data, files) => {
        await this.rest.patch(original, { body: data, ...rawFiles(files), auth: false });
      },
      deleteOriginal: async () => {
        await this.rest.delete(original, { auth: false });
      },
      followUp: async (data, files) => {
        await this.rest.post(webhook, { body: data, ...rawFiles(files), auth: false });
      },
    };
  }
}
