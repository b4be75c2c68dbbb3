import { describe, expect, it } from 'vitest';
import type { Message } from '@/contract/schemas/conversation';
import { attachmentIdsOf, customerMaySeeAttachment, widgetSendable } from './customer-attachments';

const attachment = (attachmentId: string) => ({ attachmentId, name: `${attachmentId}.png`, mime: 'image/png', size: 10 });
function message(seq: number, content: Message['content'], internal = false): Message {
  return {
    messageId: `m-${seq}`,
    conversationId: 'cv-1',
    seq,
    author: 'agent',
    agentId: 'agt-1001',
    authorName: '张伟',
    content,
    internal,
    clientId: null,
    status: 'sent',
    at: '2026-11-30T08:00:00.000Z',
  } as Message;
}

describe('customer attachments', () => {
  it('reads the attachments of an image, a file and an email, none of text', () => {
    expect(attachmentIdsOf({ kind: 'image', attachment: attachment('at-1'), caption: null })).toEqual(['at-1']);
    expect(attachmentIdsOf({ kind: 'file', attachment: attachment('at-2') })).toEqual(['at-2']);
    expect(attachmentIdsOf({ kind: 'text', text: 'hi' })).toEqual([]);
  });

  it('lets the customer see what a visible message carries, not what a staff-only note or nothing carries', () => {
    const thread = [message(1, { kind: 'image', attachment: attachment('at-1'), caption: null }), message(2, { kind: 'file', attachment: attachment('at-2') }, true)];
    expect(customerMaySeeAttachment(thread, 'at-1')).toBe(true);
    expect(customerMaySeeAttachment(thread, 'at-2')).toBe(false);
    expect(customerMaySeeAttachment(thread, 'at-3')).toBe(false);
  });

  it('lets a widget customer send only an image they uploaded for this chat', () => {
    expect(widgetSendable({ conversationId: 'cv-1', mime: 'image/png' }, 'cv-1')).toBe(true);
    expect(widgetSendable({ conversationId: 'cv-1', mime: 'application/pdf' }, 'cv-1')).toBe(false);
    expect(widgetSendable({ conversationId: 'cv-2', mime: 'image/png' }, 'cv-1')).toBe(false);
    expect(widgetSendable(undefined, 'cv-1')).toBe(false);
  });
});
