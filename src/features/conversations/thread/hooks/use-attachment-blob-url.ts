import { useEffect, useState } from 'react';
import type { Attachment } from '@/contract/schemas/conversation';
import { useAttachment } from '../api/get-attachment';
import { base64ToBlob, INLINE_IMAGE_TYPES } from '../lib/base64-blob';

/**
 * A blob: URL for an inline image, made while the row is mounted and revoked after (the query cache keeps
 * the bytes, so scrolling back costs no request). Only raster types get their own type; anything else is
 * never drawn.
 */
export function useAttachmentBlobUrl(attachment: Attachment): { url: string | null; failed: boolean } {
  const query = useAttachment(attachment.attachmentId);
  const data = query.data?.dataBase64;
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!data || typeof URL.createObjectURL !== 'function' || !INLINE_IMAGE_TYPES.includes(attachment.mime)) return;
    const next = URL.createObjectURL(base64ToBlob(data, attachment.mime));
    setUrl(next);
    return () => {
      URL.revokeObjectURL(next);
      setUrl(null);
    };
  }, [data, attachment.mime]);
  return { url, failed: query.isError };
}
