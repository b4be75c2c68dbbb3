/**
 * "The server stored the message but the answer never came": the next sends are stored and published as
 * usual, then their HTTP answer is held (forever, or `holdMs`), so the desktop times out and retries with
 * the same client id — which must answer the stored message, never a second one. A fault that fails the
 * send before it is stored is the scenario's ordinary `failEndpoint('conversations.send', 500)`.
 */

let held: { remaining: number; holdMs: number | null } = { remaining: 0, holdMs: null };
type Listener = (remaining: number) => void;
const listeners = new Set<Listener>();

export function timeOutNextSends(times = 1, holdMs: number | null = null): void {
  held = { remaining: held.remaining + Math.max(1, Math.floor(times)), holdMs };
  for (const listener of listeners) listener(held.remaining);
}

/** How long to hold this send's answer (null: forever), or undefined to answer it now; counts it down. */
export function takeHeldSend(): number | null | undefined {
  if (held.remaining === 0) return undefined;
  held = { ...held, remaining: held.remaining - 1 };
  for (const listener of listeners) listener(held.remaining);
  return held.holdMs;
}

export function heldSends(): number {
  return held.remaining;
}

export function subscribeHeldSends(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function resetSendFaults(): void {
  held = { remaining: 0, holdMs: null };
}
