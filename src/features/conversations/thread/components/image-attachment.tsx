import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@/contract/schemas/conversation';
import { useAttachmentBlobUrl } from '../hooks/use-attachment-blob-url';
import { INLINE_IMAGE_TYPES } from '../lib/base64-blob';
import { FileAttachment } from './file-attachment';
import { ImageViewer } from './image-viewer';
import { TextWithLinks } from './text-with-links';

export interface ImageAttachmentProps {
  attachment: Attachment;
  caption: string | null;
}

function InlineImage({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation('conversations');
  const { url, failed } = useAttachmentBlobUrl(attachment);
  const [open, setOpen] = useState(false);
  // The box keeps its height while the bytes load, so the rows below do not move.
  if (!url)
    return (
      <span className="zx-thumb-box" role={failed ? 'alert' : 'status'}>
        {failed ? t('thread.image.failed') : t('thread.image.loading', { name: attachment.name })}
      </span>
    );
  return (
    <>
      <button type="button" className="zx-thumb" aria-label={t('thread.image.open', { name: attachment.name })} onClick={() => setOpen(true)}>
        <img src={url} alt="" />
      </button>
      {open && <ImageViewer url={url} name={attachment.name} onClose={() => setOpen(false)} />}
    </>
  );
}

/** A thumbnail that opens the full image; a type the browser should not draw (SVG, TIFF…) is offered as a file. */
export function ImageAttachment({ attachment, caption }: ImageAttachmentProps) {
  return (
    <>
      {INLINE_IMAGE_TYPES.includes(attachment.mime) ? <InlineImage attachment={attachment} /> : <FileAttachment attachment={attachment} />}
      {caption && (
        <div className="zx-caption">
          <TextWithLinks text={caption} />
        </div>
      )}
    </>
  );
}
