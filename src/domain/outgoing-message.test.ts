import { describe, expect, it } from 'vitest';
import { composeAgentContent, replySubject, sentBefore, type OutgoingContext, type StoredAttachment } from './outgoing-message';

const png: StoredAttachment = { attachmentId: 'at-1', name: 'a.png', mime: 'image/png', size: 10, conversationId: 'cv-1' };
const pdf: StoredAttachment = { attachmentId: 'at-2', name: 'b.pdf', mime: 'application/pdf', size: 10, conversationId: 'cv-1' };
const elsewhere: StoredAttachment = { ...png, attachmentId: 'at-3', conversationId: 'cv-2' };
const ctx = (channel: OutgoingContext['channel'], internal = false): OutgoingContext => ({
  channel,
  internal,
  attachments: new Map([png, pdf, elsewhere].map((a) => [a.attachmentId, a])),
  conversationId: 'cv-1',
  customerAddress: 'wang@example.com',
  subject: 'Re: 话费疑问',
  centreAddress: 'kefu@cn.zuoxi.example',
});

describe('outgoing message', () => {
  it('sends text on a chat, refusing one longer than the channel allows with its length', () => {
    expect(composeAgentContent({ kind: 'text', text: '您好' }, ctx('chat'))).toEqual({ kind: 'text', text: '您好' });
    expect(() => composeAgentContent({ kind: 'text', text: 'x'.repeat(2001) }, ctx('social'))).toThrow(
      expect.objectContaining({ code: 'message_too_long', details: { max: 2000, length: 2001 } }),
    );
  });

  it('counts an SMS in parts and refuses one over ten parts', () => {
    expect(composeAgentContent({ kind: 'sms', text: '您'.repeat(71) }, ctx('sms'))).toEqual({ kind: 'sms', text: '您'.repeat(71), segments: 2 });
    expect(composeAgentContent({ kind: 'text', text: 'hi' }, ctx('sms'))).toMatchObject({ kind: 'sms', segments: 1 });
    expect(() => composeAgentContent({ kind: 'sms', text: '您'.repeat(671) }, ctx('sms'))).toThrow(expect.objectContaining({ code: 'message_too_long', details: { max: 670, length: 671 } }));
    expect(() => composeAgentContent({ kind: 'image', attachmentId: 'at-1' }, ctx('sms'))).toThrow(expect.objectContaining({ code: 'attachment_rejected' }));
  });

  it('makes plain text on an email conversation a reply to the customer, from the centre', () => {
    expect(composeAgentContent({ kind: 'text', text: '已处理' }, ctx('email'))).toMatchObject({ kind: 'email', subject: 'Re: 话费疑问', from: 'kefu@cn.zuoxi.example', to: ['wang@example.com'] });
    expect(replySubject('RE: Fwd: 回复：账单')).toBe('Re: 账单');
  });

  it('sends an email with its uploaded attachments', () => {
    const email = composeAgentContent({ kind: 'email', subject: 'Re: x', to: ['wang@example.com'], cc: [], text: 'ok', inReplyTo: 'cv-1-m1', attachmentIds: ['at-2'] }, ctx('email'));
    expect(email).toMatchObject({ kind: 'email', attachments: [{ attachmentId: 'at-2', name: 'b.pdf' }] });
  });

  it('sends an image or file uploaded for this conversation, as the kind it is', () => {
    expect(composeAgentContent({ kind: 'image', attachmentId: 'at-1', caption: 'see' }, ctx('chat'))).toMatchObject({ kind: 'image', caption: 'see', attachment: { attachmentId: 'at-1' } });
    expect(() => composeAgentContent({ kind: 'image', attachmentId: 'at-2' }, ctx('chat'))).toThrow(expect.objectContaining({ code: 'attachment_rejected' }));
    expect(() => composeAgentContent({ kind: 'image', attachmentId: 'at-3' }, ctx('chat'))).toThrow(expect.objectContaining({ code: 'attachment_rejected' }));
    expect(() => composeAgentContent({ kind: 'file', attachmentId: 'nope' }, ctx('chat'))).toThrow(expect.objectContaining({ code: 'attachment_rejected' }));
  });

  it('keeps an internal note as text on any channel', () => {
    expect(composeAgentContent({ kind: 'text', text: '客户情绪激动' }, ctx('sms', true))).toEqual({ kind: 'text', text: '客户情绪激动' });
    expect(() => composeAgentContent({ kind: 'image', attachmentId: 'at-1' }, ctx('chat', true))).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });

  it('answers a retry with the message its client id already made, by the same sender only', () => {
    const thread = [
      { messageId: 'm1', clientId: 'client-0001', author: 'agent', agentId: 'a1' },
      { messageId: 'm2', clientId: 'client-0002', author: 'customer', agentId: null },
    ];
    expect(sentBefore(thread, 'client-0001', { author: 'agent', agentId: 'a1' })?.messageId).toBe('m1');
    expect(sentBefore(thread, 'client-0001', { author: 'agent', agentId: 'a2' })).toBeNull();
    expect(sentBefore(thread, 'client-0002', { author: 'customer', agentId: null })?.messageId).toBe('m2');
    expect(sentBefore(thread, 'client-0003', { author: 'agent', agentId: 'a1' })).toBeNull();
  });
});
