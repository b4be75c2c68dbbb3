import type { AgentStatus, NotReadyReason } from '@/contract/schemas/agent-state';
import type { ChannelCounts } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import { defaultCapacity } from '@/domain/conversation-routing';
import type { Role, Skill } from '@/contract/schemas/identity';
import { cnGivenFemale, cnGivenMale, cnSurnames, enGivenFemale, enGivenMale, enSurnames } from './names';
import type { Prng } from './prng';
import { expertSkillsByTenant, queueIdFor } from './queues';
import type { SeedAgent } from './types';

export const DEMO_PASSWORD = 'zuoxi123';

interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  tenant: Tenant;
  skill: Skill | null;
  extension: string;
}

/** The demo users named in the team brief and the README; tests and the e2e suite log in as these. */
export const demoUsers: readonly DemoUser[] = [
  { username: 'zhang.wei', displayName: '张伟', role: 'agent', tenant: 'cn', skill: 'general', extension: '1001' },
  { username: 'li.na', displayName: '李娜', role: 'expert', tenant: 'cn', skill: 'complaints', extension: '2001' },
  { username: 'chen.jie', displayName: '陈杰', role: 'expert', tenant: 'cn', skill: 'billing', extension: '2002' },
  { username: 'wang.fang', displayName: '王芳', role: 'supervisor', tenant: 'cn', skill: null, extension: '9001' },
  { username: 'emma.clark', displayName: 'Emma Clark', role: 'agent', tenant: 'intl', skill: 'general', extension: '1002' },
  { username: 'james.lee', displayName: 'James Lee', role: 'supervisor', tenant: 'intl', skill: null, extension: '9002' },
  { username: 'zhou.min', displayName: '周敏', role: 'admin', tenant: 'cn', skill: null, extension: '9900' },
];

/** The demo users the sign-in page offers as one-click buttons (mock mode and demo servers). */
export const signInPageUsernames: readonly string[] = ['zhang.wei', 'li.na', 'wang.fang', 'emma.clark'];

/** How many seats of each kind each centre has, demo users included (50 in all). */
const staffing: Record<Tenant, { supervisors: number; general: number; experts: Partial<Record<Skill, number>> }> = {
  cn: { supervisors: 2, general: 20, experts: { complaints: 3, billing: 3, handsets: 2, enterprise: 2, marketing: 2, value_added: 1, finance: 1 } },
  intl: { supervisors: 2, general: 7, experts: { complaints: 1, billing: 1, handsets: 1, enterprise: 1, marketing: 1 } },
};

/**
 * Seats whose capacity is not their role's default, by id: a new agent still in training takes one chat at
 * a time. The contract suite proves both backends route by the stored capacity with this seat.
 */
const capacityOverrides: Readonly<Record<string, ChannelCounts>> = {
  'agt-1004': { chat: 1, sms: 2, email: 2, social: 1 },
};

const initialStatusWeights: readonly (readonly [AgentStatus, number])[] = [
  ['ready', 35],
  ['busy', 30],
  ['not_ready', 15],
  ['after_call_work', 10],
  ['offline', 10],
];
const reasons: readonly NotReadyReason[] = ['break', 'meal', 'training', 'meeting'];

class NamePool {
  private readonly usernames = new Set<string>(demoUsers.map((u) => u.username));

  constructor(private readonly prng: Prng) {}

  next(tenant: Tenant): { displayName: string; username: string } {
    const female = this.prng.chance(0.6);
    let displayName: string;
    let base: string;
    if (tenant === 'cn') {
      const [surname, surnamePinyin] = this.prng.pick(cnSurnames);
      const [given, givenPinyin] = this.prng.pick(female ? cnGivenFemale : cnGivenMale);
      displayName = `${surname}${given}`;
      base = `${surnamePinyin}.${givenPinyin}`;
    } else {
      const first = this.prng.pick(female ? enGivenFemale : enGivenMale);
      const last = this.prng.pick(enSurnames);
      displayName = `${first} ${last}`;
      base = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    }
    let username = base;
    for (let n = 2; this.usernames.has(username); n++) username = `${base}${n}`;
    this.usernames.add(username);
    return { displayName, username };
  }
}

export function createAgents(prng: Prng): SeedAgent[] {
  const names = new NamePool(prng);
  const nextExtension = { agent: 1003, expert: 2003, supervisor: 9003, admin: 9901 } satisfies Record<Role, number>;
  const agents: SeedAgent[] = [];

  const add = (tenant: Tenant, role: Role, skill: Skill | null, demo: DemoUser | undefined) => {
    const extension = demo?.extension ?? String(nextExtension[role]++);
    const { displayName, username } = demo ?? names.next(tenant);
    const status = demo ? 'offline' : prng.weighted(initialStatusWeights);
    agents.push({
      id: `agt-${extension}`,
      username,
      displayName,
      role,
      skills: skill ? [skill] : ['general'],
      // A team lead watches every queue of the centre; an admin runs the system and sits in none.
      queueIds: skill
        ? [queueIdFor(tenant, skill)]
        : role === 'admin'
          ? []
          : ['general', ...expertSkillsByTenant[tenant]].map((s) => queueIdFor(tenant, s as Skill)),
      workNumber: `${tenant === 'cn' ? '86' : '44'}${extension}`,
      extension,
      tenant,
      locale: tenant === 'cn' ? 'zh-CN' : 'en',
      password: DEMO_PASSWORD,
      initialState: {
        status,
        reason: status === 'not_ready' ? prng.pick(reasons) : null,
        sinceOffsetSec: demo ? 0 : prng.int(15, status === 'offline' ? 4 * 3600 : 1500),
      },
      conversationCapacity: capacityOverrides[`agt-${extension}`] ?? defaultCapacity(role),
    });
  };

  for (const tenant of ['cn', 'intl'] as const) {
    const plan = staffing[tenant];
    const demosOf = (role: Role, skill: Skill | null) =>
      demoUsers.filter((u) => u.tenant === tenant && u.role === role && u.skill === skill);
    const fill = (role: Role, skill: Skill | null, count: number) => {
      const demos = demosOf(role, skill);
      for (let i = 0; i < count; i++) add(tenant, role, skill, demos[i]);
    };
    fill('supervisor', null, plan.supervisors);
    fill('agent', 'general', plan.general);
    for (const [skill, count] of Object.entries(plan.experts) as [Skill, number][]) fill('expert', skill, count);
  }
  // Added last, with no draw from the PRNG, so every other seeded seat stays as it was.
  for (const admin of demoUsers.filter((u) => u.role === 'admin')) add(admin.tenant, 'admin', null, admin);
  return agents;
}
