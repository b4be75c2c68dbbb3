import { create } from 'zustand';
import type { Attachment } from '@/contract/schemas/conversation';
import type { KeyValueStore } from '../lib/idb';
import { agentStore } from './persistence';

/** What the agent is writing in one conversation, kept until sent: a reload or a crash loses none of it. */
export interface Draft {
  text: string;
  internal: boolean;
  /** Email only. */
  subject: string;
  to: string;
  cc: string;
  /** The message a quoted email reply answers. */
  inReplyTo: string | null;
  /** Uploaded, not yet sent (chat and email). */
  attachments: Attachment[];
  updatedAt: number;
}

export const emptyDraft: Draft = { text: '', internal: false, subject: '', to: '', cc: '', inReplyTo: null, attachments: [], updatedAt: 0 };

/** Something the agent would lose: words or attachments (an empty subject line is not a draft). */
export function hasUnsent(draft: Draft | undefined): boolean {
  return !!draft && (draft.text.trim() !== '' || draft.attachments.length > 0);
}

interface DraftsState {
  agentId: string | null;
  hydrated: boolean;
  drafts: Record<string, Draft>;
  /** Loads this agent's drafts (once per agent). */
  hydrate: (agentId: string) => Promise<void>;
  update: (conversationId: string, change: Partial<Omit<Draft, 'updatedAt'>>) => void;
  clear: (conversationId: string, keep?: Partial<Draft>) => void;
  /** Writes what is pending now (the page is being hidden). */
  flush: () => Promise<void>;
  /**
   * The page is going away: IndexedDB may not finish a write started now, so what is pending is also kept
   * synchronously in localStorage, and the next hydrate folds it back in.
   */
  flushOnUnload: () => void;
  reset: () => void;
}

const WRITE_DELAY_MS = 250;
const unloadKey = (agentId: string) => `zuoxi.conversations.unsentDrafts.${agentId}`;

function takeUnloadCopy(agentId: string): Record<string, Draft> {
  try {
    const key = unloadKey(agentId);
    const raw = localStorage.getItem(key);
    localStorage.removeItem(key);
    return raw ? (JSON.parse(raw) as Record<string, Draft>) : {};
  } catch {
    return {};
  }
}
let backend: KeyValueStore<Draft> | null = null;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

function write(conversationId: string, draft: Draft | undefined): Promise<void> {
  if (!backend) return Promise.resolve();
  const store = backend;
  return (draft && (hasUnsent(draft) || draft.subject || draft.to || draft.cc || draft.internal) ? store.put(conversationId, draft) : store.delete(conversationId)).catch(() => undefined);
}

function schedule(conversationId: string): void {
  clearTimeout(pending.get(conversationId));
  pending.set(
    conversationId,
    setTimeout(() => {
      pending.delete(conversationId);
      void write(conversationId, useDraftsStore.getState().drafts[conversationId]);
    }, WRITE_DELAY_MS),
  );
}

export const useDraftsStore = create<DraftsState>()((set, get) => ({
  agentId: null,
  hydrated: false,
  drafts: {},
  hydrate: async (agentId) => {
    if (get().agentId === agentId) return;
    set({ agentId, hydrated: false, drafts: {} });
    backend = agentStore<Draft>(agentId, 'drafts');
    const rows = await backend.getAll().catch(() => []);
    if (get().agentId !== agentId) return;
    const stored: Record<string, Draft> = Object.fromEntries(rows.map((r) => [r.key, { ...emptyDraft, ...r.value }]));
    // Written as the page went away: newer than what IndexedDB may have finished storing.
    for (const [id, draft] of Object.entries(takeUnloadCopy(agentId))) {
      if ((stored[id]?.updatedAt ?? 0) > draft.updatedAt) continue;
      stored[id] = { ...emptyDraft, ...draft };
      void write(id, stored[id]);
    }
    // What was typed while loading wins over what was stored.
    set((s) => ({ hydrated: true, drafts: { ...stored, ...s.drafts } }));
  },
  update: (conversationId, change) => {
    set((s) => ({ drafts: { ...s.drafts, [conversationId]: { ...emptyDraft, ...s.drafts[conversationId], ...change, updatedAt: Date.now() } } }));
    schedule(conversationId);
  },
  clear: (conversationId, keep) => {
    set((s) => {
      const drafts = { ...s.drafts };
      if (keep) drafts[conversationId] = { ...emptyDraft, ...keep, updatedAt: Date.now() };
      else delete drafts[conversationId];
      return { drafts };
    });
    schedule(conversationId);
  },
  flush: async () => {
    const ids = [...pending.keys()];
    for (const id of ids) clearTimeout(pending.get(id));
    pending.clear();
    await Promise.all(ids.map((id) => write(id, get().drafts[id])));
  },
  flushOnUnload: () => {
    const { agentId, drafts } = get();
    if (!agentId || pending.size === 0) return;
    const copy = Object.fromEntries([...pending.keys()].map((id) => [id, drafts[id] ?? { ...emptyDraft, updatedAt: Date.now() }]));
    try {
      localStorage.setItem(unloadKey(agentId), JSON.stringify(copy));
    } catch {
      // storage full or disabled: the IndexedDB write below is all there is
    }
    void get().flush();
  },
  reset: () => {
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
    backend = null;
    set({ agentId: null, hydrated: false, drafts: {} });
  },
}));

export const selectDraft = (conversationId: string) => (s: DraftsState) => s.drafts[conversationId] ?? emptyDraft;
