import { and, eq, lte } from 'drizzle-orm';
import type { AgentState } from '@/contract/schemas/agent-state';
import type { Db } from './open-store';
import { agentContacts, agentStates } from './schema';

export async function getAgentState(db: Db, agentId: string): Promise<AgentState | null> {
  const [row] = await db.select({ state: agentStates.state }).from(agentStates).where(eq(agentStates.agentId, agentId)).limit(1);
  return row?.state ?? null;
}

export async function listAgentStates(db: Db): Promise<AgentState[]> {
  return (await db.select({ state: agentStates.state }).from(agentStates)).map((r) => r.state);
}

/**
 * Applies a rule to a seat's state under the optimistic lock: the row changes only if nobody else changed
 * it since it was read (another instance, another tab); a lost race reads again and re-applies the rule.
 * The rule may throw (a refusal). Answers what it was and what it is.
 */
export async function changeAgentState(db: Db, agentId: string, rule: (current: AgentState) => AgentState): Promise<{ before: AgentState; after: AgentState }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await getAgentState(db, agentId);
    if (!before) throw new Error(`No agent state for ${agentId}`);
    const after = rule(before);
    if (after === before) return { before, after };
    const updated = await db
      .update(agentStates)
      .set({ version: after.version, status: after.status, acwEndsAt: after.acwEndsAt ? Date.parse(after.acwEndsAt) : null, state: after })
      .where(and(eq(agentStates.agentId, agentId), eq(agentStates.version, before.version)))
      .returning({ agentId: agentStates.agentId });
    if (updated.length === 1) return { before, after };
  }
  throw new Error(`Agent state of ${agentId} kept changing under us`);
}

/** Seats whose after-call work has run out by `now`. */
export async function dueAfterCallWork(db: Db, now: number): Promise<string[]> {
  const rows = await db
    .select({ agentId: agentStates.agentId })
    .from(agentStates)
    .where(and(eq(agentStates.status, 'after_call_work'), lte(agentStates.acwEndsAt, now)));
  return rows.map((r) => r.agentId);
}

export async function rememberContact(db: Db, agentId: string, contactId: string, queueId: string | null): Promise<void> {
  await db.insert(agentContacts).values({ agentId, contactId, queueId }).onConflictDoNothing();
}

/** The queue a reported contact came through, forgotten as it ends. */
export async function takeContactQueue(db: Db, agentId: string, contactId: string): Promise<string | null> {
  const rows = await db
    .delete(agentContacts)
    .where(and(eq(agentContacts.agentId, agentId), eq(agentContacts.contactId, contactId)))
    .returning({ queueId: agentContacts.queueId });
  return rows[0]?.queueId ?? null;
}
