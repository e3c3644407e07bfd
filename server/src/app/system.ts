// Facts about this server kept in the database once, at first start (Mattermost's Systems
// table): when it was installed, its telemetry (diagnostic) id, and the key that signs trigger
// ids. Several nodes on one database agree on them: the first to write wins.
import crypto from 'node:crypto';
import type { Db } from '../store/db.js';
import { newId, now } from './ids.js';

const installationDateKey = 'InstallationDate';
const telemetryIdKey = 'DiagnosticId';
const triggerIdKeyName = 'TriggerIdSigningKey';

export interface SystemFacts {
  installDate: number;
  telemetryId: string;
  triggerIdKey: Buffer;
}

export class System {
  private facts?: SystemFacts;

  constructor(private readonly db: Db) {}

  /** Stores the facts that are not stored yet, then reads them all. Called once at start. */
  async init(): Promise<void> {
    const initial: Record<string, string> = {
      [installationDateKey]: String(now()),
      [telemetryIdKey]: newId(),
      [triggerIdKeyName]: crypto.randomBytes(32).toString('base64'),
    };
    for (const [name, value] of Object.entries(initial)) {
      await this.db.insertInto('systems').values({ name, value }).onConflict((oc) => oc.column('name').doNothing()).execute();
    }
    const rows = await this.db.selectFrom('systems').selectAll().where('name', 'in', Object.keys(initial)).execute();
    const stored = Object.fromEntries(rows.map((r) => [r.name, r.value]));
    this.facts = {
      installDate: Number(stored[installationDateKey]),
      telemetryId: stored[telemetryIdKey],
      triggerIdKey: Buffer.from(stored[triggerIdKeyName], 'base64'),
    };
  }

  private get known(): SystemFacts {
    if (!this.facts) throw new Error('System.init() has not run');
    return this.facts;
  }

  /** When the server was first started on this database (ms since the epoch). */
  get installDate(): number {
    return this.known.installDate;
  }

  /** The server's telemetry id, which Mattermost also calls its diagnostic id. */
  get telemetryId(): string {
    return this.known.telemetryId;
  }

  get triggerIdKey(): Buffer {
    return this.known.triggerIdKey;
  }
}
