import type { OutgoingContent } from '@/contract/schemas/conversation';

/** What the thread shows of a message the agent sent and the server has not confirmed yet. */
export interface OutgoingContentPreview {
  kind: OutgoingContent['kind'];
  /** The text, an image's caption, an email's subject, or an attachment's file name. */
  text: string;
  /** An internal note (staff only). */
  internal?: boolean;
}

/** The preview of what is being sent; `attachmentName` names an image or file (the content holds only its id). */
export function outgoingPreview(content: OutgoingContent, options: { internal?: boolean; attachmentName?: string } = {}): OutgoingContentPreview {
  const { internal = false, attachmentName = '' } = options;
  switch (content.kind) {
    case 'text':
    case 'sms':
      return { kind: content.kind, text: content.text, internal };
    case 'email':
      return { kind: 'email', text: content.subject, internal };
    case 'image':
      return { kind: 'image', text: content.caption || attachmentName, internal };
    case 'file':
      return { kind: 'file', text: attachmentName, internal };
  }
}
