import type { z } from 'zod/mini';
import { ApiErrorBody, retryAfterStatuses } from '@/contract/core/api-error';
import { contractHeaders } from '@/contract/core/headers';
import { buildPath, type BodyOf, type Endpoint, type ParamsOf, type QueryOf, type ResponseOf } from '@/contract/core/endpoint';
import { ApiError } from './api-error';
import { getCsrfToken, notifyUnauthorized } from './session-hint';
import { reportContractMismatch } from './report-contract-mismatch';

export interface ApiOptions<E> {
  params?: ParamsOf<E>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
  signal?: AbortSignal;
  /** Default 15 s: long enough for a slow BOSS behind the BFF, short enough that a panel says so. */
  timeoutMs?: number;
  /** Reuse a key when retrying the same logical operation so the server applies it once. */
  idempotencyKey?: string;
  /** The version last seen, for endpoints that take `If-Match`. */
  ifMatch?: string | number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function toQueryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, String(v)));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown';
  // zod/mini ships no message locale (its messages are all "Invalid input"); the issue code says more.
  const detail = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.code;
  return `${issue.path.join('.') || '(root)'}: ${detail}`;
}

async function readErrorBody(response: Response): Promise<ApiErrorBody | null> {
  try {
    const parsed = ApiErrorBody.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `Retry-After` in seconds (or an HTTP date) as milliseconds; null when absent or unreadable. */
export function readRetryAfter(response: Response, now = Date.now()): number | null {
  if (!retryAfterStatuses.includes(response.status)) return null;
  const value = response.headers.get(contractHeaders.retryAfter);
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function codeForStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 400 || status === 422) return 'validation_failed';
  if (status === 429) return 'rate_limited';
  return 'server_error';
}

/**
 * Calls one contract endpoint. Responses are validated against the contract, so a backend that drifts
 * fails here with the endpoint and field named, not deep inside a component.
 */
export async function api<E extends Endpoint>(ep: E, options: ApiOptions<E> = {}): Promise<ResponseOf<E>> {
  const url = buildPath(ep.path, options.params as Record<string, string | number> | undefined) + toQueryString(options.query);
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The session is the cookie (sent by the browser, same origin); a write proves it comes from our page.
  const csrf = ep.method !== 'GET' && ep.auth !== false ? getCsrfToken() : null;
  if (csrf) headers[contractHeaders.csrf] = csrf;
  if (ep.method !== 'GET') headers[contractHeaders.idempotencyKey] = options.idempotencyKey ?? newIdempotencyKey();
  if (options.ifMatch !== undefined) headers[contractHeaders.ifMatch] = String(options.ifMatch);
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onOuterAbort = () => timeout.abort();
  options.signal?.addEventListener('abort', onOuterAbort);

  let response: Response;
  try {
    response = await fetch(url, { method: ep.method, headers, body, signal: timeout.signal, credentials: 'same-origin' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const timedOut = timeout.signal.aborted;
    throw new ApiError({
      status: 0,
      code: timedOut ? 'timeout' : 'network_error',
      endpointId: ep.id,
      message: timedOut ? `${ep.id} timed out` : `${ep.id} could not reach the server`,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }

  if (!response.ok) {
    const errorBody = await readErrorBody(response);
    if (response.status === 401 && ep.auth !== false) notifyUnauthorized();
    throw new ApiError({
      status: response.status,
      code: errorBody?.code ?? codeForStatus(response.status),
      endpointId: ep.id,
      message: errorBody?.message ?? `${ep.id} answered ${response.status}`,
      details: errorBody?.details,
      retryAfterMs: readRetryAfter(response),
    });
  }

  let json: unknown;
  try {
    json = response.status === 204 ? {} : await response.json();
  } catch {
    json = undefined;
  }
  const parsed = ep.response.safeParse(json);
  if (!parsed.success) {
    const field = describeIssue(parsed.error);
    reportContractMismatch(ep.id, field);
    throw new ApiError({
      status: response.status,
      code: 'contract_mismatch',
      endpointId: ep.id,
      message: `${ep.id} answered outside the contract at ${field}`,
      details: { field },
    });
  }
  return parsed.data as ResponseOf<E>;
}
