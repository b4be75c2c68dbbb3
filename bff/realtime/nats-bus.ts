import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { BusMessage, EventBus } from './event-bus';

const SUBJECT = 'zuoxi.bus';

/**
 * Several instances behind a load balancer: every instance publishes to one NATS subject and hears all of
 * it. NATS restarting is survived by the client's reconnect (it buffers what is published meanwhile);
 * anything lost anyway is filled from the store by the socket hub's catch-up.
 */
export async function createNatsBus(url: string, name: string): Promise<EventBus> {
  const nc: NatsConnection = await connect({ servers: url, name, reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 5000 });
  const listeners = new Set<(message: BusMessage) => void>();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const subscription = nc.subscribe(SUBJECT, {
    callback: (error, msg) => {
      if (error) return;
      let message: BusMessage;
      try {
        message = JSON.parse(decoder.decode(msg.data)) as BusMessage;
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(message);
    },
  });
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnect') console.warn(`[bus] nats ${status.type}`);
    }
  })().catch(() => undefined);
  return {
    async publish(message) {
      nc.publish(SUBJECT, encoder.encode(JSON.stringify(message)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      subscription.unsubscribe();
      listeners.clear();
      await nc.drain().catch(() => nc.close());
    },
  };
}
