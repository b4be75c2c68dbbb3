import { expect, it } from 'vitest';
import { contractHeaders } from '@/contract/core/headers';
import { getConversation, listMessages, sendMessage, setTyping, uploadAttachment } from '@/contract/endpoints/conversations';
import { dropSockets } from '@/contract/endpoints/testing';
import { startChat, widgetAttachment, widgetLeave, widgetMessages, widgetSend, widgetTyping, widgetUpload } from '@/contract/endpoints/widget';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, PNG_BASE64, readySeat, take } from '../conversation-steps';

/** The customer's web chat widget and the agent, talking both ways. */
export function widgetScenarios(target: () => ContractTarget): void {
  const customer = () => target().anonymous();

  async function startedChat(text = '你好，我的宽带断了') {
    const started = await call(customer(), startChat, { body: { tenant: 'cn', name: '小王', text } });
    expect(started.status).toBe(200);
    const headers = { [contractHeaders.widgetToken]: started.data.chatToken };
    return { ...started.data, headers };
  }

  it('lets a customer start a chat that an agent takes; each side sees the other’s messages, notes stay staff-only', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    const chat = await startedChat();
    const widget = await target().openWidgetSocket(chat.chatToken);
    try {
      expect(chat.customerName).toBe('小王');
      const summary = await take(seat, chat.conversationId);
      expect(summary).toMatchObject({ channel: 'chat', title: '小王', customerPresent: true });

      const sent = await call(customer(), widgetSend, { params: { conversationId: chat.conversationId }, headers: chat.headers, body: { clientId: 'widget-0001', content: { kind: 'text', text: '在吗？' } } });
      const retried = await call(customer(), widgetSend, { params: { conversationId: chat.conversationId }, headers: chat.headers, body: { clientId: 'widget-0001', content: { kind: 'text', text: '在吗？' } } });
      expect(retried.data.messageId).toBe(sent.data.messageId);
      await seat.socket.next('message.created', (e) => e.message.messageId === sent.data.messageId);

      await call(seat.client, sendMessage, { params: { conversationId: chat.conversationId }, body: { clientId: 'agent-note-01', content: { kind: 'text', text: '客户情绪激动' }, internal: true } });
      await call(seat.client, setTyping, { params: { conversationId: chat.conversationId }, body: { typing: true } });
      await widget.next('typing', (e) => e.who === 'agent' && e.typing);
      const answer = await call(seat.client, sendMessage, { params: { conversationId: chat.conversationId }, body: { clientId: 'agent-reply-01', content: { kind: 'text', text: '您好，正在为您查询' }, internal: false } });
      const seen = await widget.next('message.created', (e) => e.message.messageId === answer.data.messageId);
      expect(seen.message).toMatchObject({ author: 'agent', agentId: null, content: { kind: 'text', text: '您好，正在为您查询' } });
      expect(widget.events.some((e) => e.type === 'message.created' && e.message.internal)).toBe(false);

      const thread = (await call(customer(), widgetMessages, { params: { conversationId: chat.conversationId }, headers: chat.headers })).data.items;
      expect(thread.some((m) => m.internal)).toBe(false);
      expect(thread.filter((m) => m.clientId === 'widget-0001')).toHaveLength(1);
      const agentThread = (await call(seat.client, listMessages, { params: { conversationId: chat.conversationId } })).data.items;
      expect(agentThread.some((m) => m.internal)).toBe(true);

      await call(customer(), widgetTyping, { params: { conversationId: chat.conversationId }, headers: chat.headers, body: { typing: true } });
      await seat.socket.next('typing', (e) => e.conversationId === chat.conversationId && e.who === 'customer' && e.typing);
    } finally {
      widget.close();
      closeAll(seat);
    }
  });

  it('answers a wrong or missing chat token 404, as for a chat that does not exist', async () => {
    const chat = await startedChat();
    const params = { conversationId: chat.conversationId };
    expect((await call(customer(), widgetMessages, { params })).status).toBe(404);
    expect((await call(customer(), widgetMessages, { params, headers: { [contractHeaders.widgetToken]: 'chat.not-this-one' } })).status).toBe(404);
    const socket = await target().openWidgetSocket('chat.not-this-one');
    expect(socket.frames).toEqual([{ op: 'error', code: 'unauthorized' }]);
  });

  it('takes a picture from the customer, refuses anything else, and shows it to the agent', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const chat = await startedChat();
      await take(seat, chat.conversationId);
      const pdf = btoa('%PDF-1.7\n');
      const refused = await call(customer(), widgetUpload, { params: { conversationId: chat.conversationId }, headers: chat.headers, body: { name: 'bill.pdf', mime: 'application/pdf', dataBase64: pdf } });
      expect([refused.status, refused.error.details]).toEqual([422, { reason: 'type' }]);
      const image = await call(customer(), widgetUpload, { params: { conversationId: chat.conversationId }, headers: chat.headers, body: { name: 'modem.png', mime: 'image/png', dataBase64: PNG_BASE64 } });
      const sent = await call(customer(), widgetSend, { params: { conversationId: chat.conversationId }, headers: chat.headers, body: { clientId: 'widget-image-1', content: { kind: 'image', attachmentId: image.data.attachmentId, caption: '光猫灯是红的' } } });
      const seen = await seat.socket.next('message.created', (e) => e.message.messageId === sent.data.messageId);
      expect(seen.message.content).toMatchObject({ kind: 'image', attachment: { attachmentId: image.data.attachmentId }, caption: '光猫灯是红的' });
    } finally {
      closeAll(seat);
    }
  });

  it('shows the customer the pictures of the chat they can see, and nothing an agent has not sent them', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const chat = await startedChat();
      const other = await startedChat('另一个聊天');
      const { conversationId } = chat;
      await take(seat, conversationId);
      const fetchAs = (headers: Record<string, string>, attachmentId: string) => call(customer(), widgetAttachment, { params: { conversationId, attachmentId }, headers });

      const mine = await call(customer(), widgetUpload, { params: { conversationId }, headers: chat.headers, body: { name: 'modem.png', mime: 'image/png', dataBase64: PNG_BASE64 } });
      // Uploaded, not sent yet: not in any message, so not served (the widget previews its own upload locally).
      expect((await fetchAs(chat.headers, mine.data.attachmentId)).status).toBe(404);
      await call(customer(), widgetSend, { params: { conversationId }, headers: chat.headers, body: { clientId: 'widget-pic-1', content: { kind: 'image', attachmentId: mine.data.attachmentId } } });
      const own = await fetchAs(chat.headers, mine.data.attachmentId);
      expect(own.status).toBe(200);
      expect([own.data.attachment.mime, own.data.dataBase64]).toEqual(['image/png', PNG_BASE64]);

      const theirs = await call(seat.client, uploadAttachment, { params: { conversationId }, body: { name: '设置步骤.png', mime: 'image/png', dataBase64: PNG_BASE64 } });
      expect((await fetchAs(chat.headers, theirs.data.attachmentId)).status).toBe(404);
      await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'agent-pic-1', content: { kind: 'image', attachmentId: theirs.data.attachmentId, caption: '按图设置' }, internal: false } });
      const agentPicture = await fetchAs(chat.headers, theirs.data.attachmentId);
      expect(agentPicture.status).toBe(200);
      expect(agentPicture.data.attachment.name).toBe('设置步骤.png');

      // Another chat's token, or none, sees nothing of this chat.
      expect((await fetchAs(other.headers, theirs.data.attachmentId)).status).toBe(404);
      expect((await fetchAs({}, theirs.data.attachmentId)).status).toBe(404);
    } finally {
      closeAll(seat);
    }
  });

  it('gives the customer every agent message once, in order, across a dropped socket', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    const chat = await startedChat();
    await take(seat, chat.conversationId);
    const first = await target().openWidgetSocket(chat.chatToken);
    const one = await call(seat.client, sendMessage, { params: { conversationId: chat.conversationId }, body: { clientId: 'agent-seq-01', content: { kind: 'text', text: '一' }, internal: false } });
    const seen = await first.next('message.created', (e) => e.message.messageId === one.data.messageId);
    await call(customer(), dropSockets, { body: {} });
    await first.closed;
    for (const [i, text] of ['二', '三'].entries()) {
      await call(seat.client, sendMessage, { params: { conversationId: chat.conversationId }, body: { clientId: `agent-seq-0${i + 2}`, content: { kind: 'text', text }, internal: false } });
    }
    const second = await target().openWidgetSocket(chat.chatToken, seen.seq);
    try {
      const texts = second.events.flatMap((e) => (e.type === 'message.created' && e.message.content.kind === 'text' ? [e.message.content.text] : []));
      expect(texts).toEqual(['二', '三']);
      expect(second.frames.at(-1)).toMatchObject({ op: 'ready' });
    } finally {
      second.close();
      closeAll(seat);
    }
  });

  it('tells the agent when the customer leaves; the conversation stays for the agent to close', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const chat = await startedChat();
      await take(seat, chat.conversationId);
      expect((await call(customer(), widgetLeave, { params: { conversationId: chat.conversationId }, headers: chat.headers })).data).toEqual({ ok: true });
      await seat.socket.next('conversation.updated', (e) => e.conversation.conversationId === chat.conversationId && !e.conversation.customerPresent);
      expect((await call(seat.client, getConversation, { params: { conversationId: chat.conversationId } })).data).toMatchObject({ status: 'active', customerPresent: false });
    } finally {
      closeAll(seat);
    }
  });
}
