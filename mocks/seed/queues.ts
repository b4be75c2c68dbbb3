import type { Tenant } from '@/contract/schemas/identity';
import type { Skill } from '@/contract/schemas/identity';
import type { Prng } from './prng';
import type { SeedQueue } from './types';

/** The expert seats (专席) each centre runs; the Chinese centre has the full set from the hotline model. */
export const expertSkillsByTenant: Record<Tenant, readonly Skill[]> = {
  cn: ['complaints', 'billing', 'handsets', 'enterprise', 'marketing', 'value_added', 'finance'],
  intl: ['complaints', 'billing', 'handsets', 'enterprise', 'marketing'],
};

export const queueNames: Record<Tenant, Record<Skill, string>> = {
  cn: {
    general: '热线普通台席',
    complaints: '投诉专席',
    billing: '数据专席',
    handsets: '终端专席',
    enterprise: '集团专席',
    marketing: '营销专席',
    value_added: '梦网专席',
    finance: '理财专席',
  },
  intl: {
    general: 'General support',
    complaints: 'Complaints',
    billing: 'Billing & data',
    handsets: 'Handsets',
    enterprise: 'Business customers',
    marketing: 'Sales & offers',
    value_added: 'Value-added services',
    finance: 'Finance',
  },
};

export function queueIdFor(tenant: Tenant, skill: Skill): string {
  return `q-${tenant}-${skill}`;
}

export function createQueues(prng: Prng): SeedQueue[] {
  const queues: SeedQueue[] = [];
  for (const tenant of ['cn', 'intl'] as const) {
    for (const skill of ['general', ...expertSkillsByTenant[tenant]] as Skill[]) {
      const frontline = skill === 'general';
      const waiting = frontline ? prng.int(3, 14) : prng.int(0, 4);
      queues.push({
        queueId: queueIdFor(tenant, skill),
        tenant,
        name: queueNames[tenant][skill],
        skill,
        tier: frontline ? 'frontline' : 'expert',
        slaSeconds: frontline ? 20 : 30,
        acwSeconds: frontline ? 30 : 60,
        initialStats: {
          waiting,
          longestWaitSec: waiting === 0 ? 0 : prng.int(8, frontline ? 95 : 180),
          serviceLevel: prng.float(0.78, 0.97, 3),
          abandonedToday: frontline ? prng.int(6, 40) : prng.int(0, 8),
        },
      });
    }
  }
  return queues;
}
