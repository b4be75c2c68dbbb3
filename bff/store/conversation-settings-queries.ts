import { eq, inArray, sql } from 'drizzle-orm';
import type { ChannelCounts } from '@/contract/schemas/conversation';
import type { ConversationPolicy } from '@/domain/conversation-record';
import type { Db } from './open-store';
import { agentConversationSettings, conversationPolicy } from './schema';

export interface AgentConversationSettings {
  agentId: string;
  autoAccept: boolean;
  capacity: ChannelCounts;
  lastRoutedAt: number | null;
}

export async function settingsOf(db: Db, agentIds: readonly string[]): Promise<Map<string, AgentConversationSettings>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db.select().from(agentConversationSettings).where(inArray(agentConversationSettings.agentId, [...agentIds]));
  return new Map(rows.map((r) => [r.agentId, r]));
}

export async function insertSettings(db: Db, rows: readonly AgentConversationSettings[]): Promise<void> {
  if (rows.length) await db.insert(agentConversationSettings).values([...rows]).onConflictDoNothing();
}

export async function setAutoAccept(db: Db, agentId: string, autoAccept: boolean): Promise<void> {
  await db.update(agentConversationSettings).set({ autoAccept }).where(eq(agentConversationSettings.agentId, agentId));
}

export async function setLastRoutedAt(db: Db, agentId: string, at: number): Promise<void> {
  await db.update(agentConversationSettings).set({ lastRoutedAt: at }).where(eq(agentConversationSettings.agentId, agentId));
}

export async function getPolicy(db: Db, fallback: ConversationPolicy): Promise<ConversationPolicy> {
  const [row] = await db.select().from(conversationPolicy).where(eq(conversationPolicy.id, 1)).limit(1);
  return row ? { offerTimeoutSec: row.offerTimeoutSec, amberAfterSec: row.amberAfterSec, redAfterSec: row.redAfterSec } : fallback;
}

export async function putPolicy(db: Db, policy: ConversationPolicy): Promise<void> {
  await db
    .insert(conversationPolicy)
    .values({ id: 1, ...policy })
    .onConflictDoUpdate({ target: conversationPolicy.id, set: { offerTimeoutSec: sql`excluded.offer_timeout_sec`, amberAfterSec: sql`excluded.amber_after_sec`, redAfterSec: sql`excluded.red_after_sec` } });
}
