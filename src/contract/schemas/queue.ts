import { z } from 'zod/mini';
import { AgentStatus, NotReadyReason } from './agent-state';
import { Role, Skill } from './identity';

export const QueueStats = z.object({
  queueId: z.string(),
  name: z.string(),
  skill: Skill,
  tier: z.enum(['frontline', 'expert']),
  waiting: z.int(),
  longestWaitSec: z.int(),
  agentsReady: z.int(),
  agentsBusy: z.int(),
  /** Share of contacts answered within the SLA threshold today, 0..1. */
  serviceLevel: z.number(),
  abandonedToday: z.int(),
});
export type QueueStats = z.infer<typeof QueueStats>;

export const AgentPresence = z.object({
  agentId: z.string(),
  displayName: z.string(),
  workNumber: z.string(),
  /** The seat's phone extension, so a team lead can call an agent. */
  extension: z.string(),
  role: Role,
  skills: z.array(Skill),
  status: AgentStatus,
  reason: z.nullable(NotReadyReason),
  since: z.string(),
});
export type AgentPresence = z.infer<typeof AgentPresence>;

export const SupervisorOverview = z.object({ queues: z.array(QueueStats), agents: z.array(AgentPresence) });
export type SupervisorOverview = z.infer<typeof SupervisorOverview>;
