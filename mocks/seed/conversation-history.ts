import type { Message, MessageContent } from '@/contract/schemas/conversation';
import { appendMessage, closeRecord, markAssigned, openConversation, systemDraft, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';

/**
 * A closed conversation or two in the demo seats' history (zhang.wei, emma.clark), made by the same rules
 * a live one goes through, dated back from `now`. Ids start with `cv-h` so they never meet a live counter.
 */
export function seedConversationHistory(now: number): { record: ConversationRecord; messages: Message[] }[] {
  const dayAgo = now - 24 * 3600_000;
  const customer = (text: string): MessageDraft => ({ author: 'customer', agentId: null, authorName: '', content: { kind: 'text', text }, internal: false, clientId: null, status: 'delivered' });
  const agent = (agentId: string, name: string, text: string): MessageDraft => ({ author: 'agent', agentId, authorName: name, content: { kind: 'text', text }, internal: false, clientId: null, status: 'read' });

  const email = (subject: string, from: string, to: string, text: string, inReplyTo: string | null): MessageContent => ({ kind: 'email', subject, from, to: [to], cc: [], html: null, text, inReplyTo, attachments: [] });

  const build = (start: ConversationRecord, agentId: string, agentName: string, lines: MessageDraft[], disposition: string) => {
    let record = markAssigned(start, agentId);
    const messages: Message[] = [];
    const drafts = [systemDraft('assigned', { agent: agentName }), ...lines, systemDraft('closed', { disposition })];
    drafts.forEach((draft, i) => {
      const step = appendMessage(record, draft, Date.parse(start.openedAt) + i * 40_000);
      record = step.record;
      messages.push(step.message);
    });
    record = closeRecord({ ...record, readSeq: record.lastSeq, unread: 0 }, disposition, null, Date.parse(record.lastMessageAt) + 5000);
    return { record, messages };
  };

  const cn = openConversation(
    { conversationId: 'cv-h00001', tenant: 'cn', channel: 'chat', queueId: 'q-cn-general', from: '14799603397', customerId: 'c-cn-0001', customerName: '王建国', customerLevel: 'diamond', subject: null, chatToken: null },
    dayAgo,
  );
  const intl = openConversation(
    { conversationId: 'cv-h00002', tenant: 'intl', channel: 'email', queueId: 'q-intl-general', from: 'sarah.thompson@example.co.uk', customerId: 'c-intl-0001', customerName: 'Sarah Thompson', customerLevel: 'gold', subject: 'Roaming charges', chatToken: null },
    dayAgo + 3600_000,
  );
  return [
    build(cn, 'agt-1001', '张伟', [customer('你好，我想查一下这个月的流量还剩多少'), agent('agt-1001', '张伟', '王先生您好，您本月套餐内流量还剩 12.5GB。'), customer('好的，谢谢')], 'resolved'),
    build(
      intl,
      'agt-1002',
      'Emma Clark',
      [
        { ...customer(''), content: email('Roaming charges', 'sarah.thompson@example.co.uk', 'support@intl.zuoxi.example', 'Why was I charged for roaming in France?', null) },
        { ...agent('agt-1002', 'Emma Clark', ''), content: email('Re: Roaming charges', 'support@intl.zuoxi.example', 'sarah.thompson@example.co.uk', 'Hello Sarah, the EU roaming pass was not active on that day; I have refunded the charge.', 'cv-h00002-m2') },
      ],
      'resolved',
    ),
  ];
}
