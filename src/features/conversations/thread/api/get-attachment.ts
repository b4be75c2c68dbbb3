import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAttachment } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';

/** An attachment's content (base64). It never changes, so it is fetched once and kept a few minutes after use. */
export const attachmentQueryOptions = (attachmentId: string) =>
  queryOptions({
    queryKey: ['attachments', attachmentId] as const,
    queryFn: ({ signal }) => api(getAttachment, { signal, params: { attachmentId } }),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });

export function useAttachment(attachmentId: string, enabled = true) {
  return useQuery({ ...attachmentQueryOptions(attachmentId), enabled });
}
