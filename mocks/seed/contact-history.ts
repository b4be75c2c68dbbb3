import type { Channel } from '@/contract/schemas/channel';
import type { ContactRecord } from '@/contract/schemas/customer';
import type { Skill, Tenant } from '@/contract/schemas/identity';
import { contactIntents } from './catalog';
import type { Prng } from './prng';
import { queueIdFor } from './queues';
import type { SeedAgent, SeedQueue } from './types';

const DAY_MS = 86_400_000;
const channelWeights: readonly (readonly [Channel, number])[] = [['voice', 45], ['chat', 25], ['sms', 10], ['email', 8], ['social', 12]];

/** The customer whose timeline holds 5,000 contacts: a business whose lines call all day (the timeline's load case). */
export const LONG_HISTORY_CUSTOMER = 'c-cn-0009';
export const LONG_HISTORY_SIZE = 5000;

/**
 * How many contacts a customer has beyond the few the original stream drew: most none, a quarter a dozen
 * or so, one in fifty hundreds (a business, a serial complainer), and the long-history customer 5,000.
 */
export function extraContactCount(prng: Prng, customerId: string, drawn: number): number {
  if (customerId === LONG_HISTORY_CUSTOMER) return Math.max(0, LONG_HISTORY_SIZE - drawn);
  const roll = prng.next();
  if (roll < 0.02) return prng.int(100, 400);
  if (roll < 0.25) return prng.int(5, 25);
  return 0;
}

export interface HistoryContext {
  anchorMs: number;
  agents: readonly SeedAgent[];
  queues: readonly SeedQueue[];
}

/**
 * Older contacts of one customer from its own stream, ids `ct-<customer>-NNNNN`, spread over its tenure
 * (up to three years back), on every channel, with the agents and queues of its centre.
 */
export function extraContacts(prng: Prng, ctx: HistoryContext, input: { tenant: Tenant; customerNo: string; since: number; count: number }): ContactRecord[] {
  const { tenant, customerNo, since, count } = input;
  const maxMinutes = Math.max(2, Math.floor(Math.min(3 * 365, (ctx.anchorMs - since) / DAY_MS))) * 24 * 60;
  const seats = ctx.agents.filter((a) => a.tenant === tenant && a.role !== 'supervisor' && a.role !== 'admin');
  const queueIds = new Set(ctx.queues.map((q) => q.queueId));
  const out: ContactRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const [intent, zh, en, skill] = prng.pick(contactIntents);
    const channel = prng.weighted(channelWeights);
    const bot = channel !== 'voice' && prng.chance(0.15);
    const skilled = seats.filter((a) => a.skills.includes(skill as Skill));
    const pool = skilled.length ? skilled : seats.filter((a) => a.skills.includes('general'));
    const agent = bot || pool.length === 0 ? null : prng.pick(pool);
    const queueId = queueIdFor(tenant, skill as Skill);
    out.push({
      contactId: `ct-${customerNo}-${String(i).padStart(5, '0')}`,
      channel,
      direction: prng.chance(0.85) ? 'inbound' : 'outbound',
      at: new Date(ctx.anchorMs - prng.int(60, maxMinutes) * 60_000).toISOString(),
      durationSec: channel === 'voice' ? prng.int(45, 900) : channel === 'chat' || channel === 'social' ? prng.int(90, 1500) : 0,
      agentId: agent?.id ?? null,
      queueId: bot ? null : queueIds.has(queueId) ? queueId : queueIdFor(tenant, 'general'),
      intent,
      summary: tenant === 'cn' ? zh : en,
      resolved: prng.chance(0.8),
    });
  }
  return out;
}
