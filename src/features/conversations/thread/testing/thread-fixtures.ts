import type { Message, MessageContent } from '@/contract/schemas/conversation';
import type { ThreadData } from '../lib/thread-pages';

/** A message for tests, the e2e harness and the benchmark: the fields a real one has, sensible defaults. */
export function makeMessage(seq: number, content: MessageContent, overrides: Partial<Message> = {}): Message {
  const author = overrides.author ?? (content.kind === 'system' ? 'system' : seq % 3 === 0 ? 'agent' : 'customer');
  return {
    messageId: `m-${seq}`,
    conversationId: 'conv-1',
    seq,
    author,
    agentId: author === 'agent' ? 'a-zhang' : null,
    authorName: author === 'agent' ? '张伟' : author === 'customer' ? '王芳' : '',
    at: new Date(Date.UTC(2026, 10, 30, 1, 0, 0) + seq * 60_000).toISOString(),
    content,
    internal: false,
    clientId: author === 'agent' ? `client-${seq}` : null,
    status: author === 'agent' ? 'read' : 'delivered',
    ...overrides,
  };
}

const LINES = ['您好，我的宽带从昨晚开始一直断线，能帮我看一下吗？', '好的，请稍等，我帮您查询一下线路状态。', 'Order 88231 still shows “processing” — see https://example.com/orders/88231', '已为您提交工单，预计两小时内上门。', 'Thanks!'];

/** `count` text messages, one a minute, in pages of `pageSize` the way the thread's query caches them (newest page first). */
export function makeThreadData(count: number, pageSize = 100, conversationId = 'conv-1'): ThreadData {
  const messages = Array.from({ length: count }, (_, i) => makeMessage(i + 1, { kind: 'text', text: LINES[i % LINES.length]! }, { conversationId, messageId: `${conversationId}-m-${i + 1}` }));
  return pagesOf(messages, pageSize);
}

/** Messages (oldest first) as the query's pages: newest page first, each page oldest first, cursors by seq. */
export function pagesOf(messages: readonly Message[], pageSize = 100): ThreadData {
  const pages: ThreadData['pages'] = [];
  const pageParams: unknown[] = [];
  for (let end = messages.length; end > 0; end -= pageSize) {
    const start = Math.max(0, end - pageSize);
    pageParams.push(pages.length === 0 ? null : `before-${messages[end]!.seq}`);
    pages.push({ items: messages.slice(start, end), nextCursor: start > 0 ? `before-${messages[start]!.seq}` : null });
  }
  if (pages.length === 0) {
    pages.push({ items: [], nextCursor: null });
    pageParams.push(null);
  }
  return { pages, pageParams };
}
