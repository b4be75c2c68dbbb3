import { expect } from 'vitest';
import { ApiErrorBody } from '@/contract/core/api-error';
import { isDeclaredError } from '@/contract/core/declared-errors';
import { buildPath, type BodyOf, type Endpoint, type ParamsOf, type QueryOf, type ResponseOf } from '@/contract/core/endpoint';
import type { ContractClient, ContractResponse } from './contract-target';

export interface CallOptions<E> {
  params?: ParamsOf<E>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
  headers?: Record<string, string>;
}

export type CallResult<E> = ContractResponse & {
  /** The body as the contract types it (only on a 2xx). */
  data: ResponseOf<E>;
  /** The error body (only on an error status). */
  error: ApiErrorBody;
};

function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) if (value !== undefined && value !== null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls an endpoint of the contract and checks the answer against it, whichever backend answers: a 2xx
 * body must parse as the response, an error must be an ApiErrorBody with a code the endpoint declares
 * for that status. A backend that answers outside the contract fails here, naming the endpoint.
 */
export async function call<E extends Endpoint>(client: ContractClient, ep: E, options: CallOptions<E> = {}): Promise<CallResult<E>> {
  const path = buildPath(ep.path, options.params as Record<string, string> | undefined) + queryString(options.query);
  const response = await client.request(ep.method, path, { body: options.body, headers: options.headers });
  if (response.status >= 200 && response.status < 300) {
    const parsed = ep.response.safeParse(response.body);
    expect(parsed.success, `${ep.id} answered outside the contract: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(true);
    return { ...response, data: parsed.data as ResponseOf<E>, error: undefined as never };
  }
  const error = ApiErrorBody.safeParse(response.body);
  expect(error.success, `${ep.id} answered ${response.status} without an error body`).toBe(true);
  const body = error.data!;
  expect(isDeclaredError(ep, response.status, body.code), `${ep.id} answered ${response.status} "${body.code}", which its contract does not declare`).toBe(true);
  return { ...response, data: undefined as never, error: body };
}
