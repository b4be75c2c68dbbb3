import type { Message } from '@/contract/schemas/conversation';
import { makeMessage, makeThreadData, pagesOf } from '@/features/conversations/thread/testing/thread-fixtures';
import { xssCorpus } from '@/features/conversations/thread/testing/xss-corpus';
import type { ThreadData } from '@/features/conversations/thread/lib/thread-pages';
import type { PendingMessage } from '@/features/conversations/thread/lib/thread-rows';

/** A 1×1 PNG (and a small one for the showcase), so images show with no backend. */
export const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export interface Scenario {
  data: ThreadData;
  pending: PendingMessage[];
}

const day = (offsetDays: number, hour: number, minute: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - offsetDays, hour, minute).toISOString();
};

/** Every payload of the corpus as an email's HTML part, and the first few as chat text too. */
function xss(): Scenario {
  const messages: Message[] = xssCorpus.map((p, i) =>
    makeMessage(i + 1, { kind: 'email', subject: p.name, from: 'attacker@evil.example', to: ['support@zuoxi.example'], cc: [], html: p.html, text: p.name, inReplyTo: null, attachments: [] }, { author: 'customer' }),
  );
  xssCorpus.slice(0, 5).forEach((p, i) => messages.push(makeMessage(messages.length + 1, { kind: 'text', text: p.html }, { author: 'customer', messageId: `t-${i}` })));
  return { data: pagesOf(messages, 200), pending: [] };
}

/** One of each kind, over two days, for the screenshot. */
function showcase(): Scenario {
  const png = { attachmentId: 'att-photo', name: 'router-lights.png', mime: 'image/png', size: 48_213 };
  const m: Message[] = [
    makeMessage(1, { kind: 'system', event: 'assigned', detail: { agent: '张伟' } }, { at: day(1, 16, 2) }),
    makeMessage(2, { kind: 'text', text: '您好，我家宽带从昨晚开始一直断线，光猫的 LOS 灯在闪红。' }, { author: 'customer', at: day(1, 16, 3) }),
    makeMessage(3, { kind: 'text', text: '您好王女士，我帮您查询一下线路状态，请稍等。' }, { author: 'agent', status: 'read', at: day(1, 16, 4) }),
    makeMessage(4, { kind: 'image', attachment: png, caption: '灯是这样的' }, { author: 'customer', at: day(1, 16, 5) }),
    makeMessage(5, { kind: 'text', text: '金卡客户，已报障两次，优先派单。' }, { author: 'agent', internal: true, at: day(1, 16, 6) }),
    makeMessage(6, { kind: 'system', event: 'transferred', detail: { agent: '李娜' } }, { at: day(1, 16, 9) }),
    makeMessage(7, { kind: 'file', attachment: { attachmentId: 'att-bill', name: '2026年11月账单.pdf', mime: 'application/pdf', size: 1_234_567 } }, { author: 'customer', at: day(0, 9, 12) }),
    makeMessage(8, {
      kind: 'email',
      subject: '关于退费申请 Re: Refund request #88231',
      from: '王芳 <wang.fang@example.com>',
      to: ['support@zuoxi.example'],
      cc: ['billing@zuoxi.example'],
      html: '<p>您好，</p><p>附件是上月账单，请按 <a href="https://example.com/policy">退费政策</a> 处理。</p><img src="https://img.evil.example/logo.png" alt="公司标志" width="120" height="40"><p style="color:#555">王芳<br>客服热线 400-800-0000</p>',
      text: '您好，附件是上月账单，请按退费政策处理。',
      inReplyTo: null,
      attachments: [{ attachmentId: 'att-bill', name: '2026年11月账单.pdf', mime: 'application/pdf', size: 1_234_567 }],
    }, { author: 'customer', at: day(0, 9, 20) }),
    makeMessage(9, { kind: 'sms', text: '【坐席】您的工单 88231 已受理，师傅将于今天 14:00 前上门。', segments: 2 }, { author: 'agent', status: 'delivered', at: day(0, 9, 25) }),
    makeMessage(10, { kind: 'text', text: '好的，谢谢！详情见 https://example.com/orders/88231' }, { author: 'customer', at: day(0, 9, 26) }),
    makeMessage(11, { kind: 'text', text: '不客气，还有其他问题随时联系我们。' }, { author: 'agent', status: 'sent', at: day(0, 9, 27) }),
    makeMessage(12, { kind: 'system', event: 'customer_left', detail: {} }, { at: day(0, 9, 40) }),
  ];
  const pending: PendingMessage[] = [
    { clientId: 'p-1', content: { kind: 'text', text: '师傅已出发。' }, state: 'sending' },
    { clientId: 'p-2', content: { kind: 'text', text: '请保持电话畅通。' }, state: 'failed', onRetry: () => undefined, onDiscard: () => undefined },
  ];
  return { data: pagesOf(m), pending };
}

export function scenario(name: string, params: URLSearchParams): Scenario {
  if (name === 'xss') return xss();
  if (name === 'showcase') return showcase();
  if (name === 'paged') return { data: pagesOf([]), pending: [] };
  const count = Number(params.get('n') ?? 10_000);
  return { data: makeThreadData(count, 100), pending: [] };
}
