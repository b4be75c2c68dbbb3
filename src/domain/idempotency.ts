/**
 * An Idempotency-Key is scoped to the endpoint and the user who sent it, so one agent's key can never
 * replay another agent's answer. Reads are never replayed. Null when the request is not replayable.
 */
export function idempotencyScope(method: string, endpointId: string, userId: string | null, key: string | null): string | null {
  if (method === 'GET' || !key) return null;
  const trimmed = key.trim();
  if (trimmed === '' || trimmed.length > 200) return null;
  return `${endpointId}|${userId ?? '-'}|${trimmed}`;
}

/** What is kept for a replay: the first answer, as given. */
export interface IdempotentAnswer {
  status: number;
  body: unknown;
}
