import { getAttachment, getAttachmentPolicy, uploadAttachment } from '@/contract/endpoints/conversations';
import { attachmentPolicies } from '@/domain/attachment-policy';
import { mayReadAttachment } from '@/domain/conversation-record';
import { DomainError } from '@/domain/domain-error';
import { route } from '../server/contract-route';
import { ownedConversation } from '../services/conversation-access';
import { storeUpload } from '../services/store-upload';
import { readAttachmentFile } from '../store/attachment-files';
import { findAttachment } from '../store/attachment-queries';
import { findConversation } from '../store/conversation-queries';

/** Attachments: checked on the way in, served only to who may see their conversation (404 to anyone else). */
export const attachmentRoutes = [
  route(getAttachmentPolicy, () => attachmentPolicies),

  route(uploadAttachment, async ({ deps, user, params, body }) => {
    const record = await ownedConversation(deps.db, user, params.conversationId);
    return storeUpload(deps, record, attachmentPolicies[record.channel], body, 'agent');
  }),

  route(getAttachment, async ({ deps, user, params }) => {
    const missing = () => new DomainError('not_found', `No attachment ${params.attachmentId}`);
    const stored = await findAttachment(deps.db, params.attachmentId);
    const record = stored ? await findConversation(deps.db, stored.conversationId) : null;
    if (!stored || !record || !mayReadAttachment(record, user)) throw missing();
    const bytes = await readAttachmentFile(deps.config.attachmentsDir!, stored.attachmentId);
    if (!bytes) throw missing();
    const { conversationId: _conversation, ...attachment } = stored;
    return { attachment, dataBase64: bytes.toString('base64') };
  }),
];
