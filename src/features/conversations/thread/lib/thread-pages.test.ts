import { describe, expect, it } from 'vitest';
import { makeMessage, pagesOf } from '../testing/thread-fixtures';
import { flattenThread, insertMessage, laterStatus, updateMessageStatus } from './thread-pages';

const text = (seq: number, extra = {}) => makeMessage(seq, { kind: 'text', text: `#${seq}` }, extra);
const seqs = (data: ReturnType<typeof pagesOf>) => flattenThread(data).map((m) => m.seq);

describe('the cached thread', () => {
  it('adds a message once, in seq order, even when it arrives late or twice', () => {
    let data = pagesOf([1, 2, 3, 5].map((s) => text(s)), 2);
    data = insertMessage(data, text(6));
    data = insertMessage(data, text(4));
    const again = insertMessage(data, text(6));
    expect(again).toBe(data);
    expect(seqs(data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the later status when the send answer and its echo meet', () => {
    let data = pagesOf([text(1), text(3, { author: 'agent', status: 'read' })]);
    data = insertMessage(data, text(3, { author: 'agent', status: 'sent' }));
    expect(flattenThread(data)[1]!.status).toBe('read');
    data = updateMessageStatus(data, 'm-3', 'delivered');
    expect(flattenThread(data)[1]!.status).toBe('read');
    expect(laterStatus('sent', 'failed')).toBe('failed');
    expect(laterStatus('delivered', 'failed')).toBe('delivered');
  });

  it('leaves a message older than every loaded page to the page that will bring it', () => {
    const data = pagesOf([10, 11, 12].map((s) => text(s)));
    const partial = { ...data, pages: [{ ...data.pages[0]!, nextCursor: 'before-10' }] };
    expect(insertMessage(partial, text(5))).toBe(partial);
  });
});
