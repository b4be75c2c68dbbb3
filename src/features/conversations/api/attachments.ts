import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAttachmentPolicy, uploadAttachment } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const attachmentPolicyQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.attachmentPolicy(),
    queryFn: ({ signal }) => api(getAttachmentPolicy, { signal }),
    staleTime: 30 * 60_000,
  });

/** What an attachment may be on each channel: checked here before any upload. */
export function useAttachmentPolicy() {
  return useQuery(attachmentPolicyQueryOptions());
}

function toBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export async function uploadFile(conversationId: string, file: File) {
  const dataBase64 = await toBase64(file);
  return api(uploadAttachment, { params: { conversationId }, body: { name: file.name.slice(0, 200) || 'file', mime: file.type, dataBase64 }, timeoutMs: 60_000 });
}
