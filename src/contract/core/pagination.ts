import { z } from 'zod/mini';

/**
 * The one pagination convention for lists: the client passes `cursor` (opaque, from the previous page) and
 * `limit`; the server answers `items`, `nextCursor` (null on the last page) and `total` where it is cheap.
 */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

export const PageQuery = z.object({
  cursor: z.optional(z.string().check(z.minLength(1))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(PAGE_LIMIT_MAX))),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    /** Omitted where counting would cost a scan. */
    total: z.optional(z.int().check(z.nonnegative())),
  });
}
export type Page<T> = { items: T[]; nextCursor: string | null; total?: number };
