import type { AgentState } from '@/contract/schemas/agent-state';
import type { QueueStats } from '@/contract/schemas/queue';
import type { Skill, Tenant } from '@/contract/schemas/identity';
import type { AgentPresence } from '@/contract/schemas/queue';
import { takesContacts, type ScopedUser } from './tenant-scope';

export interface QueueRecord {
  queueId: string;
  tenant: Tenant;
  name: string;
  skill: Skill;
  tier: 'frontline' | 'expert';
  /** Answer within this many seconds counts toward the service level. */
  slaSeconds: number;
  /** After-call work (话后处理) a contact of this queue gets before the seat is Ready again. */
  acwSeconds: number;
  /** Live traffic figures (waiting, longest wait, service level, abandoned). */
  stats: { waiting: number; longestWaitSec: number; serviceLevel: number; abandonedToday: number };
}

/**
 * The queue's recorded traffic plus the conversations (chat, SMS, email, social) waiting in it now —
 * queued, or offered and not yet taken — so a team lead's figures count every channel. `oldestSince` is
 * when the longest-waiting of them joined the queue (epoch ms).
 */
export function withWaitingConversations(queue: QueueRecord, waiting: { count: number; oldestSince: number } | undefined, now: number): QueueRecord {
  if (!waiting || waiting.count === 0) return queue;
  const longest = Math.max(0, Math.floor((now - waiting.oldestSince) / 1000));
  return { ...queue, stats: { ...queue.stats, waiting: queue.stats.waiting + waiting.count, longestWaitSec: Math.max(queue.stats.longestWaitSec, longest) } };
}

/**
 * A queue's live figures: traffic as recorded, and seats counted from their states — Ready, and Busy or
 * in after-call work — among the queue's members who take contacts.
 */
export function queueStats(queue: QueueRecord, seats: Iterable<{ user: ScopedUser; state: AgentState }>): QueueStats {
  let agentsReady = 0;
  let agentsBusy = 0;
  for (const { user, state } of seats) {
    if (!takesContacts(user) || !user.queueIds.includes(queue.queueId)) continue;
    if (state.status === 'ready') agentsReady++;
    else if (state.status === 'busy' || state.status === 'after_call_work') agentsBusy++;
  }
  const { waiting, longestWaitSec, serviceLevel, abandonedToday } = queue.stats;
  return { queueId: queue.queueId, name: queue.name, skill: queue.skill, tier: queue.tier, waiting, longestWaitSec, agentsReady, agentsBusy, serviceLevel, abandonedToday };
}

/** A seat as the team lead's board shows it. */
export function agentPresence(
  user: ScopedUser & Pick<AgentPresence, 'displayName' | 'workNumber' | 'extension' | 'skills'>,
  state: AgentState,
): AgentPresence {
  return {
    agentId: user.id,
    displayName: user.displayName,
    workNumber: user.workNumber,
    extension: user.extension,
    role: user.role,
    skills: [...user.skills],
    status: state.status,
    reason: state.reason,
    since: state.since,
  };
}
