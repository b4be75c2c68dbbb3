import type { AgentStatus, NotReadyReason } from '@/contract/schemas/agent-state';
import type { ChannelCounts } from '@/contract/schemas/conversation';
import type { Plan } from '@/contract/schemas/customer';
import type { Tenant } from '@/contract/schemas/identity';
import type { Skill, User } from '@/contract/schemas/identity';
import type { SeedCustomer } from './seed-customer';

export type { SeedAccount, SeedAddress, SeedCustomer, SeedSubscription } from './seed-customer';

/** A seat as the store keeps it: the contract's User plus what only the backend knows. */
export interface SeedAgent extends User {
  /** Plain text on purpose: demo data. A real store keeps a hash (the BFF hashes on import). */
  password: string;
  /** Where the seat stands when the backend starts; `sinceOffsetSec` is counted back from the clock then. */
  initialState: { status: AgentStatus; reason: NotReadyReason | null; sinceOffsetSec: number };
  /** Conversations the seat may hold at once, per channel: stored per agent (a team lead's to set). */
  conversationCapacity: ChannelCounts;
}

export interface SeedQueue {
  queueId: string;
  tenant: Tenant;
  /** In the tenant's language (a cn supervisor sees 投诉专席). */
  name: string;
  skill: Skill;
  tier: 'frontline' | 'expert';
  /** Answer within this many seconds counts toward the service level. */
  slaSeconds: number;
  /** After-call work a contact of this queue gets (话后处理), in seconds. */
  acwSeconds: number;
  /** Today's figures at start, before any live traffic. */
  initialStats: { waiting: number; longestWaitSec: number; serviceLevel: number; abandonedToday: number };
}

export interface Seed {
  /** The instant all generated dates are counted back from. */
  anchor: string;
  agents: SeedAgent[];
  queues: SeedQueue[];
  customers: SeedCustomer[];
  plans: Plan[];
}

export interface SeedOptions {
  /** PRNG seed; the default gives the data every test and demo refers to. */
  seed?: number;
  /** ISO instant generated history ends at; default a fixed date so the data never changes. */
  anchor?: string;
  /** `large`: 100,000 customers (60,000 cn, 40,000 intl) for the BFF benchmark; stream it (`streamSeed`). */
  size?: 'demo' | 'large';
  /** Overrides `size`. */
  customersPerTenant?: { cn: number; intl: number };
}
