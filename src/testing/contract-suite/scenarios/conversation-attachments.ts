import { expect, it } from 'vitest';
import { getAttachment, getAttachmentPolicy, sendMessage, uploadAttachment } from '@/contract/endpoints/conversations';
import { buildPath } from '@/contract/core/endpoint';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { busySeat, closeAll, PNG_BASE64, readySeat, take, writeIn } from '../conversation-steps';

const base64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/** Attachments: checked by type, size and the real content; served only to who may see the conversation. */
export function conversationAttachmentScenarios(target: () => ContractTarget): void {
  it('takes an image whose bytes are an image, sends it, and serves it to its agent only', async () => {
    const other = await busySeat(target, 'xu.na');
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      await take(seat, conversationId);
      const policy = (await call(seat.client, getAttachmentPolicy)).data;
      expect(policy.chat.allowedMime).toContain('image/png');
      expect(policy.sms.allowedMime).toEqual([]);

      const uploaded = await call(seat.client, uploadAttachment, { params: { conversationId }, body: { name: '截图.png', mime: 'image/png', dataBase64: PNG_BASE64 } });
      expect(uploaded.status).toBe(200);
      expect(uploaded.data).toMatchObject({ name: '截图.png', mime: 'image/png', size: atob(PNG_BASE64).length });
      const sent = await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'client-image-01', content: { kind: 'image', attachmentId: uploaded.data.attachmentId, caption: '如图' }, internal: false } });
      expect(sent.data.content).toMatchObject({ kind: 'image', attachment: { attachmentId: uploaded.data.attachmentId }, caption: '如图' });

      const fetched = await call(seat.client, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } });
      expect(fetched.data).toMatchObject({ attachment: uploaded.data, dataBase64: PNG_BASE64 });
      expect((await call(other, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(404);
      expect((await call(target().anonymous(), getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(401);
    } finally {
      closeAll(seat);
    }
  });

  it('refuses a type the channel does not take, bytes that are not what they claim, and a file over the limit', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      await take(seat, conversationId);
      const upload = (body: { name: string; mime: string; dataBase64: string }) => call(seat.client, uploadAttachment, { params: { conversationId }, body });

      const program = base64(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
      const forbidden = await upload({ name: 'setup.exe', mime: 'application/x-msdownload', dataBase64: program });
      expect([forbidden.status, forbidden.error.code, forbidden.error.details]).toEqual([422, 'attachment_rejected', { reason: 'type' }]);
      const disguised = await upload({ name: 'photo.png', mime: 'image/png', dataBase64: program });
      expect([disguised.status, disguised.error.details]).toEqual([422, { reason: 'type' }]);

      const policy = (await call(seat.client, getAttachmentPolicy)).data.chat;
      const big = new Uint8Array(policy.maxBytes + 1);
      big.set(Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0)));
      const tooBig = await upload({ name: 'big.png', mime: 'image/png', dataBase64: base64(big) });
      expect([tooBig.status, tooBig.error.details]).toEqual([422, { reason: 'size' }]);
    } finally {
      closeAll(seat);
    }
  });

  it('answers a body over the upload limit with 413 before reading it', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      await take(seat, conversationId);
      const path = buildPath(uploadAttachment.path, { conversationId });
      const rawBody = JSON.stringify({ name: 'huge.png', mime: 'image/png', dataBase64: 'A'.repeat((uploadAttachment.bodyLimitBytes ?? 0) + 1024) });
      const answer = await seat.client.request('POST', path, { rawBody });
      expect(answer.status).toBe(413);
      expect((answer.body as { code: string }).code).toBe('payload_too_large');
    } finally {
      closeAll(seat);
    }
  });
}
