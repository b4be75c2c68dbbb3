import { create } from 'zustand';
import type { Channel } from '@/contract/schemas/channel';
import type { CustomerSummary } from '@/contract/schemas/customer-view';

/**
 * - resolving: looking the caller up;
 * - matched: one customer, shown;
 * - ambiguous: several customers behind the number: the agent picks (never a guess);
 * - unknown: nobody behind it: the agent searches and links;
 * - failed: the lookup failed (the agent can retry or search).
 */
export type PopStatus = 'resolving' | 'matched' | 'ambiguous' | 'unknown' | 'failed';

/** One contact in hand and who it is (screen pop). Client state of this tab; the server keeps the link. */
export interface Pop {
  /** The contact id, or `call:<callId>` for a call not yet registered. */
  key: string;
  contactId: string | null;
  /** The phone call behind it, once known. */
  callId: string | null;
  channel: Channel;
  /** Number, email address or handle as it arrived. */
  from: string;
  status: PopStatus;
  customerId: string | null;
  matches: CustomerSummary[];
  /** What the IVR or bot collected. */
  intent: string | null;
  at: number;
}

interface PopState {
  /** Most recent first. */
  pops: Pop[];
  activeKey: string | null;
  /** Adds or replaces a pop and makes it the active one. */
  show: (pop: Pop) => void;
  patch: (key: string, change: Partial<Pop>) => void;
  /** A call's registration gave it a contact id: the pop is keyed by it from now on. */
  rekey: (key: string, contactId: string) => void;
  setActive: (key: string | null) => void;
  dismiss: (key: string) => void;
  reset: () => void;
}

const KEEP = 8;

export const usePopStore = create<PopState>()((set) => ({
  pops: [],
  activeKey: null,
  show: (pop) => set((s) => ({ pops: [pop, ...s.pops.filter((p) => p.key !== pop.key)].slice(0, KEEP), activeKey: pop.key })),
  patch: (key, change) => set((s) => ({ pops: s.pops.map((p) => (p.key === key ? { ...p, ...change } : p)) })),
  rekey: (key, contactId) =>
    set((s) => ({
      pops: s.pops.filter((p) => p.key === key || p.key !== contactId).map((p) => (p.key === key ? { ...p, key: contactId, contactId } : p)),
      activeKey: s.activeKey === key ? contactId : s.activeKey,
    })),
  setActive: (activeKey) => set({ activeKey }),
  dismiss: (key) => set((s) => ({ pops: s.pops.filter((p) => p.key !== key), activeKey: s.activeKey === key ? null : s.activeKey })),
  reset: () => set({ pops: [], activeKey: null }),
}));

export const selectActivePop = (s: Pick<PopState, 'pops' | 'activeKey'>): Pop | null => s.pops.find((p) => p.key === s.activeKey) ?? null;
