import type { CallInfo, RegistrationState, SoftphonePort } from '../port/softphone-port';
import { errorCode, SoftphoneError } from '../lib/softphone-error';
import type { TabChannel, TabMessage } from './tab-protocol';

/**
 * Runs in the tab that owns the phone: relays every port event to the other tabs, answers their
 * `hello` with a snapshot and runs their commands on the real port. Returns a stop function that
 * says `bye` so mirrors stop showing a phone that is gone.
 */
export function startOwnerBridge(port: SoftphonePort, channel: TabChannel, tabId: string): () => void {
  let registration: RegistrationState = 'unregistered';
  let registrationError: string | null = null;
  const calls = new Map<string, CallInfo>();

  const unsubscribe = port.subscribe((event) => {
    if (event.type === 'registration') {
      registration = event.state;
      registrationError = event.error;
    } else if (event.type === 'call') {
      if (event.call.state === 'ended') calls.delete(event.call.callId);
      else calls.set(event.call.callId, event.call);
    }
    channel.postMessage({ kind: 'event', from: tabId, event });
  });

  const run = async (method: string, args: unknown[]): Promise<unknown> => {
    const fn = (port as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
    if (typeof fn !== 'function') throw new SoftphoneError('unknown_method');
    return await fn.apply(port, args);
  };

  const onMessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message.kind === 'hello') {
      channel.postMessage({
        kind: 'snapshot',
        from: tabId,
        to: message.from,
        snapshot: { registration, error: registrationError, calls: [...calls.values()] },
      });
    } else if (message.kind === 'command') {
      run(message.method, message.args).then(
        (value) => channel.postMessage({ kind: 'result', from: tabId, to: message.from, id: message.id, ok: true, value: value ?? null }),
        (error: unknown) => channel.postMessage({ kind: 'result', from: tabId, to: message.from, id: message.id, ok: false, code: errorCode(error) }),
      );
    }
  };

  channel.addEventListener('message', onMessage);
  channel.postMessage({ kind: 'owner', from: tabId });

  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.postMessage({ kind: 'bye', from: tabId });
  };
}
