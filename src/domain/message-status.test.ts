import { describe, expect, it } from 'vitest';
import { advanceStatus, readByReply, statusOnSend } from './message-status';

describe('message status', () => {
  it('only moves forward: sent → delivered → read', () => {
    expect(advanceStatus('sent', 'delivered')).toBe('delivered');
    expect(advanceStatus('delivered', 'read')).toBe('read');
    expect(advanceStatus('read', 'delivered')).toBe('read');
    expect(advanceStatus('sent', 'read')).toBe('read');
  });

  it('fails only a message not yet delivered, and a failed one stays failed', () => {
    expect(advanceStatus('sent', 'failed')).toBe('failed');
    expect(advanceStatus('delivered', 'failed')).toBe('delivered');
    expect(advanceStatus('failed', 'read')).toBe('failed');
  });

  it('delivers at once on a live chat; SMS, email and a chat the customer left stay sent', () => {
    const agent = { author: 'agent' as const, internal: false };
    expect(statusOnSend(agent, 'chat', true)).toBe('delivered');
    expect(statusOnSend(agent, 'chat', false)).toBe('sent');
    expect(statusOnSend(agent, 'sms', true)).toBe('sent');
    expect(statusOnSend(agent, 'email', true)).toBe('sent');
    expect(statusOnSend({ author: 'agent', internal: true }, 'sms', true)).toBe('delivered');
    expect(statusOnSend({ author: 'customer', internal: false }, 'sms', true)).toBe('delivered');
  });

  it('marks what the agent sent before a customer reply as read, notes and later messages aside', () => {
    const thread = [
      { messageId: 'm1', author: 'agent' as const, internal: false, status: 'delivered' as const, seq: 1 },
      { messageId: 'm2', author: 'agent' as const, internal: true, status: 'delivered' as const, seq: 2 },
      { messageId: 'm3', author: 'agent' as const, internal: false, status: 'read' as const, seq: 3 },
      { messageId: 'm4', author: 'customer' as const, internal: false, status: 'delivered' as const, seq: 4 },
      { messageId: 'm5', author: 'agent' as const, internal: false, status: 'delivered' as const, seq: 5 },
    ];
    expect(readByReply(thread, 5)).toEqual([{ messageId: 'm1', status: 'read' }]);
  });
});
