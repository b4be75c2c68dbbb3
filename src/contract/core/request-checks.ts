import { z } from 'zod/mini';
import { HttpError } from './http-error';

/**
 * The request side of the contract, checked the same way by the mocks and the BFF: what a part of a request
 * parses to, and the 400 (naming the field) when it does not.
 */

export type ParamsOut<E> = E extends { params?: infer P extends z.ZodMiniType } ? z.output<P> : never;
export type QueryOut<E> = E extends { query?: infer Q extends z.ZodMiniType } ? z.output<Q> : never;
export type BodyOut<E> = E extends { body?: infer B extends z.ZodMiniType } ? z.output<B> : never;
export type ResponseIn<E> = E extends { response: infer R extends z.ZodMiniType } ? z.input<R> : never;

/** Each issue as a path and a message; unknown keys name themselves (an extra field is a 400 naming it). */
export function issuesOf(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: [...issue.path.map(String), ...('keys' in issue && Array.isArray(issue.keys) ? [issue.keys.join(',')] : [])].join('.'),
    message: issue.message,
  }));
}

/** A URL's query as an object: a repeated key becomes a list. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  return out;
}

/** Parses one part of a request, or throws the contract's 400 naming the part and the field. */
export function parsePart(schema: z.ZodMiniType | undefined, value: unknown, where: 'params' | 'query' | 'body'): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const first = issues[0];
  throw new HttpError(400, 'validation_failed', `Invalid ${where}: ${first ? `${first.path || '(root)'} ${first.message}` : 'rejected'}`, { where, issues });
}

/** A request body's JSON, or the contract's 400 when it is not JSON; an empty body is undefined. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'validation_failed', 'Body is not valid JSON', { where: 'body', issues: [{ path: '', message: 'not valid JSON' }] });
  }
}

/** A body that breaks a response schema, for the test control `respondMalformed`. */
export function malformedBodyFor(schema: z.ZodMiniType): unknown {
  const candidates: unknown[] = [{ malformed: true }, 'malformed', [{ malformed: true }], null];
  return candidates.find((candidate) => !schema.safeParse(candidate).success) ?? { malformed: true };
}

/** Bodies larger than this answer 413 before anything reads them, on both backends. */
export const BODY_LIMIT_BYTES = 64 * 1024;
