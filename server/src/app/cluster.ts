// Plugin cluster events: a plugin's message to the same plugin on the other nodes of a cluster
// (their OnPluginClusterEvent hook). plughost runs as a single node, whose bus has no other
// node to deliver to; a multi-node deployment (several servers on one PostgreSQL) provides a
// ClusterBus that carries the message, and nothing above it changes.
import { invalidField } from './errors.js';

export interface PluginClusterMessage {
  pluginId: string;
  eventId: string;
  data: Uint8Array;
  /** "reliable" or "best_effort". */
  sendType: 'reliable' | 'best_effort';
  /** One node, or "" for every other node. */
  targetId: string;
}

export interface ClusterBus {
  send(message: PluginClusterMessage): Promise<void>;
}

/** A single node: there is no other node, so a message goes to no one. */
export const singleNodeBus: ClusterBus = { send: async () => undefined };

export class Cluster {
  constructor(private readonly bus: ClusterBus = singleNodeBus) {}

  /** Checks and sends a plugin's cluster event: its id is required; send_type is "", "reliable" or "best_effort" (the default). */
  async publishPluginEvent(pluginId: string, event: { id: string; data: Uint8Array }, options: { send_type: string; target_id: string }): Promise<void> {
    if (!event.id) throw invalidField('plugin_cluster_event', 'event.id', 'is required');
    const sendType = options.send_type || 'best_effort';
    if (sendType !== 'reliable' && sendType !== 'best_effort') throw invalidField('plugin_cluster_event', 'options.send_type', 'must be "reliable" or "best_effort"');
    await this.bus.send({ pluginId, eventId: event.id, data: event.data, sendType, targetId: options.target_id });
  }
}
