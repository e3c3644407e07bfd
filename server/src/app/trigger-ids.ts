// Trigger ids, as Mattermost makes them: the proof that a user just ran a slash command (or
// clicked an interactive button), which an integration needs to open a dialog for that user.
// One is "<client id>:<user id>:<ms>:<signature>" in base64, signed with the server's key; it is
// good for ServiceSettings.OutgoingIntegrationRequestsTimeout seconds. The client id (a plain
// id) is what the client sees in the command's answer and in the open_dialog event.
import crypto from 'node:crypto';
import { badRequest } from './errors.js';
import { newId, now } from './ids.js';

export interface IssuedTriggerId {
  clientTriggerId: string;
  triggerId: string;
}

export interface VerifiedTriggerId {
  clientTriggerId: string;
  userId: string;
}

const invalid = (why: string, id = 'interactive_message.decode_trigger_id.verify_signature_failed') =>
  badRequest(id, `Invalid trigger_id: ${why}.`);

export class TriggerIds {
  constructor(
    private readonly key: () => Buffer,
    private readonly lifetimeMs: () => number,
    private readonly clock: () => number = now,
  ) {}

  private sign(data: string): string {
    return crypto.createHmac('sha256', this.key()).update(data).digest('base64');
  }

  issue(userId: string): IssuedTriggerId {
    const clientTriggerId = newId();
    const data = `${clientTriggerId}:${userId}:${this.clock()}:`;
    return { clientTriggerId, triggerId: Buffer.from(data + this.sign(data)).toString('base64') };
  }

  /** The user a trigger id was issued to; 400 if it is missing, malformed, forged or expired. */
  verify(triggerId: string): VerifiedTriggerId {
    if (!triggerId) throw invalid('trigger_id is required', 'interactive_message.decode_trigger_id.missing_data');
    const parts = Buffer.from(triggerId, 'base64').toString('utf8').split(':');
    if (parts.length !== 4) throw invalid('it is not a trigger id this server issued', 'interactive_message.decode_trigger_id.missing_data');
    const [clientTriggerId, userId, issuedAt, signature] = parts;
    const expected = Buffer.from(this.sign(`${clientTriggerId}:${userId}:${issuedAt}:`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw invalid('it is not a trigger id this server issued');
    const lifetime = this.lifetimeMs();
    if (this.clock() - Number(issuedAt) > lifetime) {
      throw invalid(`it expired (trigger ids are good for ${lifetime / 1000} seconds)`, 'interactive_message.decode_trigger_id.expired');
    }
    return { clientTriggerId, userId };
  }
}
