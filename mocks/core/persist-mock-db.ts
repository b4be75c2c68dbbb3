import type { AgentState } from '@/contract/schemas/agent-state';
import type { LiveContact } from '@/domain/live-contact';
import { restoreConversations, saveConversations, type SavedConversations } from '@mocks/conversations/persist-conversations';
import type { MockDb, SessionRecord } from './mock-db';

export const PERSIST_KEY = 'zuoxi.mock.db';

interface Persisted {
  v: 1;
  sessions: SessionRecord[];
  agentStates: AgentState[];
  counters: [string, number][];
  /** Contacts in hand (their link and identity check): absent in saves from before they were kept. */
  contacts?: LiveContact[];
  /** Conversations, their threads and attachments: absent in saves from before they were kept. */
  conversations?: SavedConversations;
}

/**
 * Mock mode keeps its db in the page, so a reload would sign everyone out. The browser saves the
 * run-time part (sessions, seat states, id counters, contacts in hand, conversations) here and restores it on start; seed
 * data is rebuilt.
 */
export function saveMockDb(db: MockDb, storage: Storage): void {
  const data: Persisted = {
    v: 1,
    sessions: [...db.sessions.values()].filter((s) => s.expiresAt > db.clock()),
    agentStates: [...db.agentStates.values()],
    counters: [...db.counters.entries()],
    contacts: [...db.contacts.values()],
    conversations: saveConversations(db.conversations),
  };
  try {
    storage.setItem(PERSIST_KEY, JSON.stringify(data));
  } catch {
    // Full or disabled storage: a reload then signs out, which mock mode survives.
  }
}

/** Merges what was saved into `db`; false when nothing usable was saved. */
export function restoreMockDb(db: MockDb, storage: Storage): boolean {
  let data: Persisted | null;
  try {
    data = JSON.parse(storage.getItem(PERSIST_KEY) ?? 'null') as Persisted | null;
  } catch {
    data = null;
  }
  if (!data || data.v !== 1) return false;
  // A merge, not a copy: another tab of the same app saves here too, and the newer seat state wins.
  for (const session of data.sessions) {
    if (!db.users.has(session.userId)) continue;
    if (typeof session.id !== 'string' || typeof session.csrf !== 'string') continue;
    const known = db.sessions.get(session.id);
    db.sessions.set(session.id, known ? { ...known, expiresAt: Math.min(known.expiresAt, session.expiresAt), lastSeenAt: Math.max(known.lastSeenAt, session.lastSeenAt) } : session);
  }
  for (const state of data.agentStates) {
    const known = db.agentStates.get(state.agentId);
    // A save from before the seat machine kept contacts is read as idle.
    if (known && state.version > known.version) db.agentStates.set(state.agentId, { ...state, contacts: state.contacts ?? [], pending: state.pending ?? null, acwEndsAt: state.acwEndsAt ?? null });
  }
  for (const [name, value] of data.counters) db.counters.set(name, Math.max(value, db.counters.get(name) ?? 0));
  // A contact this tab already holds is its own latest; one it does not (a reload) comes back as saved.
  for (const contact of data.contacts ?? []) if (typeof contact?.contactId === 'string' && !db.contacts.has(contact.contactId)) db.contacts.set(contact.contactId, contact);
  restoreConversations(db.conversations, data.conversations);
  return true;
}
