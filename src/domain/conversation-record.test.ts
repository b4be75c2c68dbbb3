import { describe, expect, it } from 'vitest';
import {
  appendMessage,
  assertOpen,
  buildOffer,
  closeRecord,
  customerLeft,
  forCustomer,
  forgetPasses,
  markAssigned,
  markOffered,
  mayReadAttachment,
  offerEnded,
  openConversation,
  readPosition,
  returnToQueue,
  summaryOf,
  systemDraft,
  threadPage,
  unreadOf,
  waitingSinceOf,
  type ConversationRecord,
  type MessageDraft,
} from './conversation-record';

const at = (ms: number) => new Date(ms).toISOString();
const policy = { offerTimeoutSec: 30, amberAfterSec: 60, redAfterSec: 180 };
const fresh = () =>
  openConversation(
    { conversationId: 'cv-1', tenant: 'cn', channel: 'chat', queueId: 'q-cn-general', from: '13800138000', customerId: null, customerName: null, customerLevel: null, subject: null, chatToken: null },
    1000,
  );
const customerSays = (text: string): MessageDraft => ({ author: 'customer', agentId: null, authorName: '客户', content: { kind: 'text', text }, internal: false, clientId: null, status: 'delivered' });
const agentSays = (text: string, internal = false): MessageDraft => ({ author: 'agent', agentId: 'a1', authorName: '张伟', content: { kind: 'text', text }, internal, clientId: `c-${text}-0000`, status: 'sent' });

function thread(record: ConversationRecord, drafts: MessageDraft[], startMs: number) {
  const messages = [];
  let r = record;
  for (const [i, draft] of drafts.entries()) {
    const step = appendMessage(r, draft, startMs + i * 1000);
    r = step.record;
    messages.push(step.message);
  }
  return { record: r, messages };
}

describe('conversation record', () => {
  it('numbers a thread 1, 2, 3… with no gap, ids from the seq', () => {
    const { record, messages } = thread(fresh(), [customerSays('你好'), agentSays('您好'), customerSays('查话费')], 2000);
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(messages.map((m) => m.messageId)).toEqual(['cv-1-m1', 'cv-1-m2', 'cv-1-m3']);
    expect(record.lastSeq).toBe(3);
  });

  it('never dates a message before the one above it (clocks of two writers may differ)', () => {
    const first = appendMessage(fresh(), customerSays('a'), 5000);
    const second = appendMessage(first.record, customerSays('b'), 4000);
    expect(second.message.at).toBe(at(5000));
  });

  it('keeps the wait and unread count as messages come: a customer starts the wait, an answer ends it, a note does not', () => {
    let r = thread(fresh(), [customerSays('1'), customerSays('2')], 2000).record;
    expect(r).toMatchObject({ waitingSince: at(2000), unread: 2, preview: '2' });
    r = appendMessage(r, agentSays('note', true), 5000).record;
    expect(r.waitingSince).toBe(at(2000));
    r = appendMessage(r, agentSays('answer'), 6000).record;
    expect(r.waitingSince).toBeNull();
  });

  it('derives the same wait and unread from the thread itself', () => {
    const { messages } = thread(fresh(), [customerSays('1'), agentSays('a'), customerSays('2'), customerSays('3')], 2000);
    expect(waitingSinceOf(messages)).toBe(at(4000));
    expect(unreadOf(messages, 2)).toBe(2);
  });

  it('moves the read position forward only, never past the end', () => {
    const r = { ...thread(fresh(), [customerSays('1'), customerSays('2')], 2000).record, readSeq: 1 };
    expect(readPosition(r, 0)).toBe(1);
    expect(readPosition(r, 99)).toBe(2);
  });

  it('goes queued → offered → active → closed with a disposition', () => {
    let r = fresh();
    expect(r.status).toBe('queued');
    r = markOffered(r);
    expect(r.status).toBe('offered');
    r = markAssigned(r, 'a1');
    expect(r).toMatchObject({ status: 'active', agentId: 'a1' });
    r = closeRecord(r, 'resolved', 'ok', 9000);
    expect(r).toMatchObject({ status: 'closed', disposition: 'resolved', closeNote: 'ok', closedAt: at(9000) });
    expect(closeRecord(r, 'other', null, 10_000)).toBe(r);
    expect(() => assertOpen(r)).toThrow(expect.objectContaining({ code: 'conversation_closed' }));
  });

  it('puts an offer that lapsed or was declined back in the queue: a pass, kept until a cool-down after the latest', () => {
    const back = offerEnded(markOffered(fresh()), 'a1', 'timeout', 10_000, 30);
    expect(back).toMatchObject({ status: 'queued', skipped: ['a1'], reofferAt: at(40_000) });
    const twice = offerEnded(markOffered(back), 'a2', 'rejected', 15_000, 30);
    expect(twice).toMatchObject({ skipped: ['a1', 'a2'], reofferAt: at(45_000) });
    // The same agent passing again is one pass, its cool-down from the latest.
    expect(offerEnded(markOffered(back), 'a1', 'rejected', 20_000, 30)).toMatchObject({ skipped: ['a1'], reofferAt: at(50_000) });
    expect(markAssigned(twice, 'a2')).toMatchObject({ skipped: [], reofferAt: null });
  });

  it('puts an offer withdrawn (its agent went Not ready or left) back in the queue without a pass', () => {
    const fresher = offerEnded(markOffered(fresh()), 'a1', 'withdrawn', 10_000, 30);
    expect(fresher).toMatchObject({ status: 'queued', skipped: [], reofferAt: null });
    const back = offerEnded(markOffered(fresh()), 'a1', 'timeout', 10_000, 30);
    expect(offerEnded(markOffered(back), 'a2', 'withdrawn', 20_000, 30)).toMatchObject({ skipped: ['a1'], reofferAt: at(40_000) });
  });

  it('forgets every pass for a new offer round', () => {
    const back = offerEnded(markOffered(fresh()), 'a1', 'timeout', 10_000, 30);
    expect(forgetPasses(back)).toMatchObject({ status: 'queued', skipped: [], reofferAt: null });
    const none = fresh();
    expect(forgetPasses(none)).toBe(none);
  });

  it('returns a conversation whose agent signed out to the queue, history kept, waiting from now', () => {
    const held = thread(markAssigned(fresh(), 'a1'), [customerSays('1'), agentSays('a')], 2000).record;
    const back = returnToQueue(held, 20_000, 30);
    expect(back).toMatchObject({ status: 'queued', agentId: null, lastSeq: 2, queuedAt: at(20_000), skipped: ['a1'], reofferAt: at(50_000) });
  });

  it('closes a conversation nobody took when the customer leaves; one in hand stays open for its agent', () => {
    expect(customerLeft(fresh(), 5000)).toMatchObject({ status: 'closed', customerPresent: false, closedAt: at(5000) });
    expect(customerLeft(markAssigned(fresh(), 'a1'), 5000)).toMatchObject({ status: 'active', customerPresent: false });
  });

  it('summarises a record with its masked sender and the queue thresholds; a closed one waits no more', () => {
    const r = thread(fresh(), [customerSays('1')], 2000).record;
    expect(summaryOf(r, policy)).toMatchObject({ title: '138****8000', waitingSince: at(2000), amberAfterSec: 60, redAfterSec: 180, unread: 1 });
    expect(summaryOf({ ...r, status: 'closed' }, policy).waitingSince).toBeNull();
  });

  it('builds an offer that expires after the timeout and shows what the customer said', () => {
    const r = thread(fresh(), [customerSays('我要查话费')], 2000).record;
    const offer = buildOffer(r, { offerId: 'of-1', queueName: '综合', timeoutSec: 30 }, 10_000);
    expect(offer).toMatchObject({ expiresAt: at(40_000), preview: '我要查话费', waitingSince: at(1000), customer: { fromMasked: '138****8000' } });
  });

  it('lets the agent holding it and their own centre’s team lead fetch an attachment, nobody else', () => {
    const r = { agentId: 'a1', tenant: 'cn' as const };
    expect(mayReadAttachment(r, { id: 'a1', role: 'agent', tenant: 'cn' })).toBe(true);
    expect(mayReadAttachment(r, { id: 'a2', role: 'agent', tenant: 'cn' })).toBe(false);
    expect(mayReadAttachment(r, { id: 's1', role: 'supervisor', tenant: 'cn' })).toBe(true);
    expect(mayReadAttachment(r, { id: 's2', role: 'supervisor', tenant: 'intl' })).toBe(false);
  });

  it('shows the customer no internal note and no agent id', () => {
    const { messages } = thread(fresh(), [agentSays('note', true), agentSays('hi'), { ...systemDraft('assigned', { agent: '张伟' }) }], 2000);
    expect(forCustomer(messages[0]!)).toBeNull();
    expect(forCustomer(messages[1]!)).toMatchObject({ agentId: null, authorName: '张伟' });
    expect(forCustomer(messages[2]!)).toBe(messages[2]);
  });

  it('pages a thread from the latest back, oldest first within a page, with no gap or overlap', () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ seq: i + 1 }));
    const first = threadPage(all, { limit: 3 });
    expect(first.items.map((m) => m.seq)).toEqual([5, 6, 7]);
    const second = threadPage(all, { limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((m) => m.seq)).toEqual([2, 3, 4]);
    const third = threadPage(all, { limit: 3, cursor: second.nextCursor! });
    expect(third).toMatchObject({ items: [{ seq: 1 }], nextCursor: null });
    expect(() => threadPage(all, { cursor: 'nonsense' })).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
