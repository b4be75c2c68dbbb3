import type { z } from 'zod/mini';
import type { Role } from '../schemas/identity';
import type { CommonErrorCode } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One error an endpoint may answer with besides the common ones: its status, and the shape of its details. */
export interface ErrorSpec {
  status: number;
  /** Shape of `ApiErrorBody.details` for this code; the client narrows to it, the mocks and the BFF answer it. */
  details?: z.ZodMiniType;
  description?: string;
}

/** Request headers an endpoint reads (see `contractHeaders`). */
export interface RequestHeaders {
  /** A repeated key answers the first result again, marked `Idempotent-Replayed: true`. */
  idempotencyKey?: 'optional';
  /** `If-Match: <version>`: a stale version answers the endpoint's conflict error. */
  ifMatch?: 'optional';
}

/**
 * One HTTP endpoint, declared once. The SPA's api client, the MSW handlers and the BFF routes are all
 * typed and validated from the same object, and the registry lists them all, so they cannot drift apart.
 */
export interface Endpoint<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType = z.ZodMiniType,
  R extends z.ZodMiniType = z.ZodMiniType,
  Errors extends Readonly<Record<string, ErrorSpec>> = Readonly<Record<string, ErrorSpec>>,
> {
  /** Stable name used in error messages, logs and the registry, e.g. `session.login`. */
  id: string;
  /** One line for the OpenAPI document. */
  summary: string;
  method: HttpMethod;
  /** Express-style path: `/api/customers/:customerId`. */
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** This endpoint's own error codes (the common ones in `commonErrors` apply to every endpoint). */
  errors?: Errors;
  headers?: RequestHeaders;
  /** False for the few endpoints reachable without a session (login). */
  auth?: boolean;
  /** Roles allowed; absent means any signed-in user. */
  roles?: readonly Role[];
  /** A larger body limit for this endpoint (an attachment upload); the default is BODY_LIMIT_BYTES. */
  bodyLimitBytes?: number;
  /**
   * `widget`: the customer's side (the web chat widget), authenticated by the widget's chat token in
   * `X-Widget-Token`, not by an agent's session; `auth` is false for it.
   */
  audience?: 'widget';
  /**
   * `test`: a scenario control (offer a contact, drop sockets). Mocks always answer it; the BFF only when
   * started for tests or demos, never in production; the OpenAPI document leaves it out.
   */
  scope?: 'test';
}

export function endpoint<
  P extends z.ZodMiniType,
  Q extends z.ZodMiniType,
  B extends z.ZodMiniType,
  R extends z.ZodMiniType,
  const Errors extends Readonly<Record<string, ErrorSpec>> = Record<never, ErrorSpec>,
>(def: Endpoint<P, Q, B, R, Errors>): Endpoint<P, Q, B, R, Errors> {
  return def;
}

export type ParamsOf<E> = E extends { params?: infer P extends z.ZodMiniType } ? z.input<P> : never;
export type QueryOf<E> = E extends { query?: infer Q extends z.ZodMiniType } ? z.input<Q> : never;
export type BodyOf<E> = E extends { body?: infer B extends z.ZodMiniType } ? z.input<B> : never;
export type ResponseOf<E> = E extends { response: infer R extends z.ZodMiniType } ? z.output<R> : never;
/** The endpoint's own error codes. */
export type OwnErrorCodeOf<E> = E extends { errors?: infer Errors } ? (Errors extends Record<string, ErrorSpec> ? Extract<keyof Errors, string> : never) : never;
/** Every code a call of this endpoint may fail with: its own, and the common ones. */
export type ErrorCodeOf<E> = OwnErrorCodeOf<E> | CommonErrorCode;
/** The details an error code carries (typed when the endpoint declares them). */
export type ErrorDetailsOf<E, C> = E extends { errors?: infer Errors }
  ? C extends keyof Errors
    ? Errors[C] extends { details: infer D extends z.ZodMiniType }
      ? z.output<D>
      : Record<string, unknown> | undefined
    : Record<string, unknown> | undefined
  : Record<string, unknown> | undefined;

/** Fills `:name` segments of an endpoint path; throws on a missing value so a bug cannot hit `/api/x/undefined`. */
export function buildPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
