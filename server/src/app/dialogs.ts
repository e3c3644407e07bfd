// Interactive dialogs, as Mattermost runs them: an integration that was given a trigger id
// (a slash command's CommandArgs) opens a dialog for the user it was issued to — the websocket
// event `open_dialog` to that user — and the client submits the filled-in dialog to
// /api/v4/actions/dialogs/submit, which the server POSTs as JSON to the dialog's `url`: a
// plugin's own route (/plugins/<id>/…, its ServeHTTP, with Mattermost-User-Id set) or an
// http(s) URL. The integration answers `{}` or `{error, errors: {field: message}}`.
import { AppError, badRequest, invalidField } from './errors.js';
import type { EventHub } from './events.js';
import type { Channel } from './models.js';
import type { TriggerIds } from './trigger-ids.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const maxResponseBytes = 1024 * 1024;

export interface OpenDialogRequest {
  trigger_id: string;
  url: string;
  dialog: Json;
}

export interface SubmitDialogResponse {
  error?: string;
  errors?: Record<string, string>;
}

export interface PluginHttpAnswer {
  status_code: number;
  body: Buffer;
}

/** A user's POST to a plugin's ServeHTTP (the plugin platform provides it). */
export type PluginRequester = (pluginId: string, pathAndQuery: string, userId: string, body: Buffer, timeoutMs: number) => Promise<PluginHttpAnswer>;

const pluginUrl = /^\/plugins\/([^/?#]+)(\/[^#]*)?$/;

function checkDialogUrl(url: string): void {
  if (pluginUrl.test(url)) return;
  try {
    if (['http:', 'https:'].includes(new URL(url).protocol)) return;
  } catch {
    // refused below
  }
  throw invalidField('dialog', 'url', 'must be a plugin route (/plugins/<id>/…) or an http or https URL');
}

export class Dialogs {
  pluginRequest: PluginRequester = async () => {
    throw new AppError('app.plugin.not_running.app_error', 'No plugin can take dialog submissions.', 503);
  };

  constructor(
    private readonly triggerIds: TriggerIds,
    private readonly events: EventHub,
    /** The channel, if the user may read it and has the permission there. */
    private readonly channelWithPermission: (userId: string, channelId: string, permissionId: string) => Promise<Channel>,
    private readonly timeoutMs: () => number,
  ) {}

  /** Opens a dialog for the user the trigger id was issued to; 400 for a missing, forged or expired trigger id or a bad dialog. */
  async open(request: OpenDialogRequest): Promise<void> {
    const { clientTriggerId, userId } = this.triggerIds.verify(request.trigger_id);
    if (!request.url) throw invalidField('dialog', 'url', 'is required');
    checkDialogUrl(request.url);
    if (!isObject(request.dialog) || !str(request.dialog.title)) throw invalidField('dialog', 'dialog.title', 'is required');
    if (request.dialog.elements !== undefined && request.dialog.elements !== null && !Array.isArray(request.dialog.elements)) {
      throw invalidField('dialog', 'dialog.elements', 'must be a list');
    }
    // The client matches the event to its command by the client trigger id.
    await this.events.publish('open_dialog', { dialog: JSON.stringify({ ...request, trigger_id: clientTriggerId }) }, { user_id: userId });
  }

  /** Sends a user's dialog submission to the dialog's url and returns the integration's answer. */
  async submit(userId: string, roles: string, input: Json): Promise<SubmitDialogResponse> {
    const url = str(input.url);
    if (!url) throw invalidField('dialog', 'url', 'is required');
    checkDialogUrl(url);
    const channelId = str(input.channel_id);
    if (channelId) await this.channelWithPermission(userId, channelId, 'read_channel');
    if (input.submission !== undefined && input.submission !== null && !isObject(input.submission)) throw invalidField('dialog', 'submission', 'must be an object');
    const body = Buffer.from(JSON.stringify({
      type: input.type === 'refresh' ? 'refresh' : 'dialog_submission',
      callback_id: str(input.callback_id),
      state: str(input.state),
      user_id: userId,
      channel_id: channelId,
      team_id: str(input.team_id),
      submission: input.submission ?? {},
      cancelled: input.cancelled === true,
    }));
    const timeout = this.timeoutMs();
    const failed = (why: string) => badRequest('api.post.do_action.action_integration.app_error', `The dialog submission to ${url} failed: ${why}.`);
    let status: number;
    let answer: Buffer;
    const plugin = pluginUrl.exec(url);
    if (plugin) {
      ({ status_code: status, body: answer } = await this.pluginRequest(plugin[1], plugin[2] || '/', userId, body, timeout));
    } else {
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body, redirect: 'error', signal: AbortSignal.timeout(timeout) });
        status = res.status;
        answer = Buffer.from(await res.arrayBuffer());
      } catch (err) {
        throw failed((err as Error).name === 'TimeoutError' ? `no answer within ${timeout} ms` : String((err as Error).cause ?? (err as Error).message));
      }
    }
    if (status !== 200) throw failed(`status ${status}`);
    if (answer.length === 0) return {};
    if (answer.length > maxResponseBytes) throw failed(`the answer is larger than ${maxResponseBytes} bytes`);
    let response: unknown;
    try {
      response = JSON.parse(answer.toString('utf8'));
    } catch {
      throw failed('the answer is not JSON');
    }
    if (!isObject(response)) throw failed('the answer is not a JSON object');
    const out: SubmitDialogResponse = {};
    if (typeof response.error === 'string' && response.error) out.error = response.error;
    if (isObject(response.errors)) out.errors = Object.fromEntries(Object.entries(response.errors).map(([k, v]) => [k, String(v)]));
    return out;
  }
}
