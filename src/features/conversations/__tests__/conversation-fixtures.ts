import type { ConversationSummary } from '@/contract/schemas/conversation';

export function conversation(over: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    conversationId: 'cv1',
    channel: 'chat',
    status: 'active',
    queueId: 'q1',
    agentId: 'agent-1',
    customerId: null,
    title: '王芳',
    subject: null,
    openedAt: '2026-11-30T08:00:00.000Z',
    closedAt: null,
    disposition: null,
    lastSeq: 3,
    lastMessageAt: '2026-11-30T08:01:00.000Z',
    waitingSince: null,
    unread: 0,
    amberAfterSec: 60,
    redAfterSec: 120,
    customerPresent: true,
    ...over,
  };
}
