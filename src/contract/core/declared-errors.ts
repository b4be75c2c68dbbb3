import type { Endpoint } from './endpoint';

/**
 * Every (code → statuses) an endpoint may answer with: its own errors, and the common ones that apply
 * to it. A mock or a BFF route answering anything else is outside the contract.
 */
export function declaredErrors(ep: Endpoint): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (code: string, status: number) => out.set(code, [...(out.get(code) ?? []), status]);
  for (const [code, spec] of Object.entries(ep.errors ?? {})) add(code, spec.status);
  if (ep.auth !== false) add('unauthorized', 401);
  if (ep.roles) add('forbidden', 403);
  if (ep.auth !== false && ep.method !== 'GET') add('csrf_failed', 403);
  if (ep.params || ep.query || ep.body) add('validation_failed', 400);
  if (ep.body) add('payload_too_large', 413);
  add('rate_limited', 429);
  add('server_error', 500);
  add('server_error', 503);
  return out;
}

/** True when `status` + `code` is something this endpoint is documented to answer. */
export function isDeclaredError(ep: Endpoint, status: number, code: string): boolean {
  return declaredErrors(ep).get(code)?.includes(status) ?? false;
}

/**
 * The status an endpoint answers a code with: its own declaration first, then the common one. Null when
 * the endpoint does not declare the code at all.
 */
export function statusForCode(ep: Endpoint, code: string): number | null {
  return declaredErrors(ep).get(code)?.[0] ?? null;
}

/** True when the details match what the endpoint declares for the code (anything goes where it declares none). */
export function detailsMatch(ep: Endpoint, code: string, details: unknown): boolean {
  const schema = ep.errors?.[code]?.details;
  return !schema || schema.safeParse(details).success;
}
