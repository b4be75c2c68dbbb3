import { describe, expect, it } from 'vitest';
import { moveAgentState } from '@/domain/agent-state-machine';
import { offeredContact } from '@/domain/live-contact';
import { createMockDb, type MockDb } from './mock-db';
import { restoreMockDb, saveMockDb } from './persist-mock-db';
import { activeSession, createSession, expireSessions } from './sessions';

function putAgentState(db: MockDb, agentId: string, status: 'ready' | 'not_ready', reason: 'break' | 'meal' | null) {
  db.agentStates.set(agentId, moveAgentState(db.agentStates.get(agentId)!, status, reason, db.clock()));
}

describe('persist-mock-db', () => {
  it('brings sessions and seat states back after a reload', () => {
    const before = createMockDb();
    const session = createSession(before, before.usersByUsername.get('zhang.wei')!);
    putAgentState(before, 'agt-1001', 'ready', null);
    saveMockDb(before, localStorage);

    const after = createMockDb();
    expect(activeSession(after, session.id)).toBeNull();
    expect(restoreMockDb(after, localStorage)).toBe(true);
    expect(activeSession(after, session.id)?.userId).toBe('agt-1001');
    expect(after.agentStates.get('agt-1001')).toMatchObject({ status: 'ready', version: 2 });
  });

  it('brings contacts in hand back, verified as they were', () => {
    const before = createMockDb();
    const contact = offeredContact({ contactId: 'ct-000001', tenant: 'cn', channel: 'voice', from: '14799603397', queueId: 'q-cn-general', customerId: 'c-cn-0001', verified: true }, before.clock());
    before.contacts.set(contact.contactId, contact);
    saveMockDb(before, localStorage);
    const after = createMockDb();
    restoreMockDb(after, localStorage);
    expect(after.contacts.get('ct-000001')).toEqual(contact);
  });

  it('does not bring back an expired session, and ignores garbage', () => {
    const before = createMockDb();
    const session = createSession(before, before.usersByUsername.get('li.na')!);
    expireSessions(before);
    saveMockDb(before, localStorage);
    const after = createMockDb();
    restoreMockDb(after, localStorage);
    expect(activeSession(after, session.id)).toBeNull();
    localStorage.setItem('zuoxi.mock.db', '{oops');
    expect(restoreMockDb(createMockDb(), localStorage)).toBe(false);
  });

  it('keeps the newer seat state when merging another tab’s save', () => {
    const other = createMockDb();
    putAgentState(other, 'agt-1001', 'ready', null);
    saveMockDb(other, localStorage);
    const mine = createMockDb();
    putAgentState(mine, 'agt-1001', 'not_ready', 'break');
    putAgentState(mine, 'agt-1001', 'not_ready', 'meal');
    restoreMockDb(mine, localStorage);
    expect(mine.agentStates.get('agt-1001')).toMatchObject({ reason: 'meal', version: 3 });
  });
});
