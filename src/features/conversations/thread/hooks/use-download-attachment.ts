import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Attachment } from '@/contract/schemas/conversation';
import { attachmentQueryOptions } from '../api/get-attachment';
import { base64ToBlob } from '../lib/base64-blob';

/**
 * Saves an attachment: its bytes are fetched on demand (most are never opened), then handed to the browser
 * as `application/octet-stream` with the file's name, so nothing the customer sent ever renders as a page
 * of this origin.
 */
export function useDownloadAttachment(attachment: Attachment): { download: () => void; busy: boolean; failed: boolean } {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = () => {
    setBusy(true);
    setFailed(false);
    queryClient
      .fetchQuery(attachmentQueryOptions(attachment.attachmentId))
      .then(({ dataBase64 }) => {
        const url = URL.createObjectURL(base64ToBlob(dataBase64, 'application/octet-stream'));
        const link = document.createElement('a');
        link.href = url;
        link.download = attachment.name;
        link.rel = 'noopener';
        link.click();
        // The browser has taken the blob once the click's task is over.
        window.setTimeout(() => URL.revokeObjectURL(url), 0);
      })
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  return { download, busy, failed };
}
