import type { z } from 'zod/mini';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP endpoint, declared once. The SPA's api client, the MSW handlers and the BFF routes are all
 * typed and validated from the same object, so they cannot drift apart.
 */
export interface Endpoint<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType = z.ZodMiniType,
  R extends z.ZodMiniType = z.ZodMiniType,
> {
  /** Stable name used in error messages and logs, e.g. `session.login`. */
  id: string;
  method: HttpMethod;
  /** Express-style path: `/api/customers/:customerId`. */
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status codes this endpoint is documented to answer with, and their error codes. */
  errors?: Record<number, string>;
  /** False for the few endpoints reachable without a session (login). */
  auth?: boolean;
  /** Roles allowed; absent means any signed-in user. */
  roles?: readonly string[];
}

export function endpoint<P extends z.ZodMiniType, Q extends z.ZodMiniType, B extends z.ZodMiniType, R extends z.ZodMiniType>(
  def: Endpoint<P, Q, B, R>,
): Endpoint<P, Q, B, R> {
  return def;
}

export type ParamsOf<E> = E extends Endpoint<infer P, z.ZodMiniType, z.ZodMiniType, z.ZodMiniType> ? z.input<P> : never;
export type QueryOf<E> = E extends Endpoint<z.ZodMiniType, infer Q, z.ZodMiniType, z.ZodMiniType> ? z.input<Q> : never;
export type BodyOf<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, infer B, z.ZodMiniType> ? z.input<B> : never;
export type ResponseOf<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, infer R> ? z.output<R> : never;

/** Fills `:name` segments of an endpoint path; throws on a missing value so a bug cannot hit `/api/x/undefined`. */
export function buildPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
