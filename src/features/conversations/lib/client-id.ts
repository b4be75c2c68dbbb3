/** A message's own id, made by the sender: its idempotency key, so a retry never makes a second message. */
export function newClientId(): string {
  const uuid = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return `c-${uuid}`;
}
