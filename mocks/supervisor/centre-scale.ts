import { agentNotReadyReasons, type AgentStatus } from '@/contract/schemas/agent-state';
import type { Skill, Tenant } from '@/contract/schemas/identity';
import { DomainError } from '@/domain/domain-error';
import { defaultCapacity } from '@/domain/conversation-routing';
import { supervisorsOf } from '@/domain/event-audience';
import type { QueueRecord } from '@/domain/queue-figures';
import { inCentreOf } from '@/domain/tenant-scope';
import type { MockDb } from '@mocks/core/mock-db';
import { forceResync } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';
import { DEMO_PASSWORD } from '@mocks/seed/agents';
import { cnGivenFemale, cnGivenMale, cnSurnames, enGivenFemale, enGivenMale, enSurnames } from '@mocks/seed/names';
import { createPrng, type Prng } from '@mocks/seed/prng';
import { expertSkillsByTenant, queueNames } from '@mocks/seed/queues';
import type { SeedAgent } from '@mocks/seed/types';
import { initialAgentState } from '@/domain/agent-state-machine';

export interface CentreSize {
  /** Seats in the centre when done, its team leads included. */
  agents?: number;
  /** Queues in the centre when done, the seed's included (which stay even if there are more of them). */
  queues?: number;
  /** Default: the centre of the first team lead signed in. */
  tenant?: Tenant;
}

export interface LoadedCentre {
  tenant: Tenant;
  agents: number;
  queues: number;
}

export const MAX_CENTRE_AGENTS = 5000;
export const MAX_CENTRE_QUEUES = 1000;

// Sites of a big operator's contact centres, to tell 200 queues apart.
const sites: Record<Tenant, readonly string[]> = {
  cn: ['北京', '上海', '广州', '深圳', '成都', '杭州', '武汉', '西安', '南京', '重庆', '天津', '苏州', '长沙', '郑州', '青岛', '沈阳', '厦门', '合肥', '昆明', '大连', '济南', '福州', '哈尔滨', '南宁', '贵阳'],
  intl: ['London', 'Manchester', 'Dublin', 'Glasgow', 'Cardiff', 'Leeds', 'Bristol', 'Belfast', 'Toronto', 'Vancouver', 'Sydney', 'Melbourne', 'Auckland', 'Singapore', 'Cape Town', 'Nairobi', 'Lagos', 'Mumbai', 'Manila', 'Kuala Lumpur', 'Dubai', 'Austin', 'Denver', 'Boston', 'Chicago'],
};

const statusWeights: readonly (readonly [AgentStatus, number])[] = [
  ['ready', 35],
  ['busy', 30],
  ['not_ready', 15],
  ['after_call_work', 10],
  ['offline', 10],
];

/** The centre a control acts on: the one asked for, else the first signed-in team lead's. */
export function centreOf(db: MockDb, tenant: Tenant | undefined): Tenant {
  if (tenant) return tenant;
  const lead = signedInUsers(db).find((u) => u.role === 'supervisor');
  if (!lead) throw new DomainError('not_found', 'No team lead is signed in: sign in as one (wang.fang) or pass a tenant');
  return lead.tenant;
}

function checkSize(what: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new DomainError('validation_failed', `${what} must be a whole number from 0 to ${max}`);
  return value;
}

function syntheticQueue(tenant: Tenant, n: number, prng: Prng): QueueRecord {
  const skills: readonly Skill[] = ['general', ...expertSkillsByTenant[tenant]];
  const skill = skills[n % skills.length]!;
  const siteList = sites[tenant];
  const site = siteList[Math.floor(n / skills.length) % siteList.length]!;
  const round = Math.floor(n / (skills.length * siteList.length));
  const base = tenant === 'cn' ? `${site}${queueNames[tenant][skill]}` : `${site} · ${queueNames[tenant][skill]}`;
  const frontline = skill === 'general';
  const waiting = frontline ? prng.int(0, 14) : prng.int(0, 4);
  return {
    queueId: `q-${tenant}-site-${String(n + 1).padStart(4, '0')}`,
    tenant,
    name: round > 0 ? `${base} ${round + 1}` : base,
    skill,
    tier: frontline ? 'frontline' : 'expert',
    acwSeconds: frontline ? 30 : 60,
    slaSeconds: frontline ? 20 : 30,
    stats: {
      waiting,
      longestWaitSec: waiting === 0 ? 0 : prng.int(5, frontline ? 120 : 240),
      serviceLevel: prng.float(0.72, 0.98, 3),
      abandonedToday: frontline ? prng.int(0, 40) : prng.int(0, 8),
    },
  };
}

function syntheticName(tenant: Tenant, prng: Prng): string {
  const female = prng.chance(0.6);
  if (tenant === 'cn') return `${prng.pick(cnSurnames)[0]}${prng.pick(female ? cnGivenFemale : cnGivenMale)[0]}`;
  return `${prng.pick(female ? enGivenFemale : enGivenMale)} ${prng.pick(enSurnames)}`;
}

function syntheticSeat(tenant: Tenant, n: number, queue: QueueRecord, prng: Prng): SeedAgent {
  const extension = String(30001 + n);
  const status = prng.weighted(statusWeights);
  const role = queue.tier === 'frontline' ? 'agent' : 'expert';
  return {
    id: `agt-${extension}`,
    username: `seat.${tenant}.${extension}`,
    displayName: syntheticName(tenant, prng),
    role,
    skills: [queue.skill],
    queueIds: [queue.queueId],
    workNumber: `${tenant === 'cn' ? '86' : '44'}${extension}`,
    extension,
    tenant,
    locale: tenant === 'cn' ? 'zh-CN' : 'en',
    password: DEMO_PASSWORD,
    initialState: { status, reason: status === 'not_ready' ? prng.pick(agentNotReadyReasons) : null, sinceOffsetSec: prng.int(15, status === 'offline' ? 4 * 3600 : 1500) },
    conversationCapacity: defaultCapacity(role),
  };
}

/**
 * Gives a centre the size of a whole floor: exactly `agents` seats and `queues` queues, deterministic.
 * Team leads and anyone signed in keep their seats (no session breaks) and the seed's queues stay (contacts
 * still route); every other seat is replaced by a synthetic one, spread over the centre's queues. Its team
 * leads are then told to resync, so their boards refetch. A reset (or a reload) brings the seed back.
 */
export function loadCentre(db: MockDb, size: CentreSize = {}): LoadedCentre {
  const agents = checkSize('agents', size.agents ?? 1000, MAX_CENTRE_AGENTS);
  const queues = checkSize('queues', size.queues ?? 200, MAX_CENTRE_QUEUES);
  const tenant = centreOf(db, size.tenant);
  const prng = createPrng(0xce47e ^ (agents * 31 + queues));
  const now = db.clock();
  const signedIn = signedInUsers(db);

  const seedQueueIds = new Set(db.seed.queues.map((q) => q.queueId));
  for (const queue of inCentreOf({ tenant }, db.queues.values())) if (!seedQueueIds.has(queue.queueId)) db.queues.delete(queue.queueId);
  for (let n = 0, count = inCentreOf({ tenant }, db.queues.values()).length; count < queues; n++, count++) {
    const queue = syntheticQueue(tenant, n, prng);
    db.queues.set(queue.queueId, queue);
  }

  let seats = 0;
  for (const user of inCentreOf({ tenant }, db.users.values())) {
    if (user.role === 'supervisor' || signedIn.includes(user)) {
      seats++;
      continue;
    }
    db.users.delete(user.id);
    db.usersByUsername.delete(user.username);
    db.agentStates.delete(user.id);
    db.streams.delete(user.id);
  }
  const centreQueues = inCentreOf({ tenant }, db.queues.values());
  for (let n = 0; seats < agents && centreQueues.length > 0; n++, seats++) {
    const seat = syntheticSeat(tenant, n, centreQueues[n % centreQueues.length]!, prng);
    db.users.set(seat.id, seat);
    db.usersByUsername.set(seat.username, seat);
    const { status, reason, sinceOffsetSec } = seat.initialState;
    db.agentStates.set(seat.id, initialAgentState(seat.id, status, reason, new Date(now - sinceOffsetSec * 1000).toISOString()));
  }

  forceResync(supervisorsOf(tenant, signedIn));
  return { tenant, agents: seats, queues: centreQueues.length };
}
