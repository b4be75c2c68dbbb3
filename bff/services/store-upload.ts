import { randomBytes } from 'node:crypto';
import type { Attachment, AttachmentPolicy } from '@/contract/schemas/conversation';
import { checkAttachment, decodeBase64, safeFileName } from '@/domain/attachment-policy';
import type { ConversationRecord } from '@/domain/conversation-record';
import { insertAttachment } from '../store/attachment-queries';
import { writeAttachmentFile } from '../store/attachment-files';
import type { BffDeps } from './bff-deps';

/**
 * An upload checked against the channel's policy (declared type allowed, the bytes' own signature that
 * type, within the size), then kept: the bytes as a file, who may see them in the store. The id is random:
 * knowing one attachment's id tells nothing of another's.
 */
export async function storeUpload(
  deps: BffDeps,
  record: ConversationRecord,
  policy: AttachmentPolicy,
  body: { name: string; mime: string; dataBase64: string },
  uploadedBy: 'agent' | 'customer',
): Promise<Attachment> {
  const bytes = decodeBase64(body.dataBase64);
  const checked = checkAttachment(policy, body.mime, bytes);
  const attachment: Attachment = { attachmentId: `at-${randomBytes(12).toString('base64url')}`, name: safeFileName(body.name), mime: checked.mime, size: checked.size };
  await writeAttachmentFile(deps.config.attachmentsDir!, attachment.attachmentId, bytes);
  await insertAttachment(deps.db, { ...attachment, conversationId: record.conversationId }, uploadedBy, deps.now());
  return attachment;
}
