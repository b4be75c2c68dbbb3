import type { Message } from '@/contract/schemas/conversation';
import { EmailMessage } from './email-message';
import { FileAttachment } from './file-attachment';
import { ImageAttachment } from './image-attachment';
import { TextWithLinks } from './text-with-links';

export interface MessageBodyProps {
  message: Message;
}

/** A message's content, one rendering per kind (a system event is a line of its own, not a body). */
export function MessageBody({ message }: MessageBodyProps) {
  const { content } = message;
  switch (content.kind) {
    case 'text':
    case 'sms':
      return <TextWithLinks text={content.text} />;
    case 'image':
      return <ImageAttachment attachment={content.attachment} caption={content.caption} />;
    case 'file':
      return <FileAttachment attachment={content.attachment} />;
    case 'email':
      return <EmailMessage messageId={message.messageId} content={content} />;
    case 'system':
      return null;
  }
}
