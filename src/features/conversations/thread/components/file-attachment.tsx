import { useTranslation } from 'react-i18next';
import type { Attachment } from '@/contract/schemas/conversation';
import { useDownloadAttachment } from '../hooks/use-download-attachment';
import { formatBytes } from '../lib/format-bytes';

export interface FileAttachmentProps {
  attachment: Attachment;
}

/** A file: its name (the control that downloads it) and its size. */
export function FileAttachment({ attachment }: FileAttachmentProps) {
  const { t, i18n } = useTranslation('conversations');
  const { download, busy, failed } = useDownloadAttachment(attachment);
  return (
    <span className="zx-file">
      <button type="button" className="zx-linkbtn" aria-label={t('thread.file.download', { name: attachment.name })} aria-busy={busy} onClick={download}>
        {attachment.name}
      </button>
      <span className="zx-size">{formatBytes(attachment.size, i18n.language)}</span>
      {failed && (
        <span className="zx-error" role="alert">
          {t('thread.file.failed')}
        </span>
      )}
    </span>
  );
}
