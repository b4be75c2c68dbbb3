import { z } from 'zod/mini';

export const NoticeSeverity = z.enum(['info', 'warning', 'critical']);
export type NoticeSeverity = z.infer<typeof NoticeSeverity>;

/** A team lead's broadcast (公告) to everyone signed in. */
export const Notice = z.object({ id: z.string(), from: z.string(), text: z.string(), severity: NoticeSeverity });
export type Notice = z.infer<typeof Notice>;
