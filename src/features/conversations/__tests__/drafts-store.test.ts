import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasUnsent, useDraftsStore } from '../stores/drafts-store';
import { persisted } from './memory-persistence';

vi.mock('../stores/persistence', async () => ({ agentStore: (await import('./memory-persistence')).memoryAgentStore }));

describe('drafts store', () => {
  beforeEach(async () => {
    persisted.clear();
    useDraftsStore.getState().reset();
    await useDraftsStore.getState().hydrate('agent-1');
  });
  afterEach(() => useDraftsStore.getState().reset());

  it('keeps a draft per conversation across a reload', async () => {
    useDraftsStore.getState().update('cv1', { text: '您好，请稍等' });
    useDraftsStore.getState().update('cv2', { text: 'second' });
    await useDraftsStore.getState().flush();

    useDraftsStore.getState().reset();
    expect(useDraftsStore.getState().drafts).toEqual({});
    await useDraftsStore.getState().hydrate('agent-1');
    expect(useDraftsStore.getState().drafts.cv1?.text).toBe('您好，请稍等');
    expect(useDraftsStore.getState().drafts.cv2?.text).toBe('second');
  });

  it('keeps what was typed just before the page went away, even when IndexedDB did not finish', async () => {
    useDraftsStore.getState().update('cv1', { text: '请稍' });
    useDraftsStore.getState().flushOnUnload();
    persisted.clear(); // the IndexedDB write never landed
    useDraftsStore.getState().reset();
    await useDraftsStore.getState().hydrate('agent-1');
    expect(useDraftsStore.getState().drafts.cv1?.text).toBe('请稍');
    // …and it is in IndexedDB again for the next time.
    await vi.waitFor(() => expect(persisted.get('agent-1/drafts')?.has('cv1')).toBe(true));
  });

  it('forgets a draft once it is sent (cleared), and never shows one agent’s drafts to another', async () => {
    useDraftsStore.getState().update('cv1', { text: 'x' });
    useDraftsStore.getState().clear('cv1');
    await useDraftsStore.getState().flush();
    expect(persisted.get('agent-1/drafts')?.has('cv1')).toBe(false);

    useDraftsStore.getState().update('cv3', { text: 'mine' });
    await useDraftsStore.getState().flush();
    useDraftsStore.getState().reset();
    await useDraftsStore.getState().hydrate('agent-2');
    expect(useDraftsStore.getState().drafts).toEqual({});
  });

  it('counts words or attachments as unsent, not an empty subject line', () => {
    expect(hasUnsent(undefined)).toBe(false);
    expect(hasUnsent({ text: '  ', internal: false, subject: 'Re: x', to: 'a@b.c', cc: '', inReplyTo: null, attachments: [], updatedAt: 0 })).toBe(false);
    expect(hasUnsent({ text: 'hi', internal: false, subject: '', to: '', cc: '', inReplyTo: null, attachments: [], updatedAt: 0 })).toBe(true);
  });
});
