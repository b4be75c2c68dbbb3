import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const SECTION_IDS = ['accounts', 'subscriptions', 'timeline', 'tickets', 'orders', 'evaluations', 'marketing'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionLayout {
  order: SectionId[];
  collapsed: SectionId[];
}

export const DEFAULT_LAYOUT: SectionLayout = { order: [...SECTION_IDS], collapsed: [] };

/** A stored layout made whole: unknown sections dropped, sections added since it was saved appended. */
export function normalizeLayout(layout: Partial<SectionLayout> | undefined): SectionLayout {
  const known = (id: unknown): id is SectionId => (SECTION_IDS as readonly unknown[]).includes(id);
  const order = [...new Set((layout?.order ?? []).filter(known))];
  for (const id of SECTION_IDS) if (!order.includes(id)) order.push(id);
  return { order, collapsed: [...new Set((layout?.collapsed ?? []).filter(known))] };
}

interface SectionLayoutState {
  /** Per agent on this browser: two agents sharing a seat keep their own. */
  byAgent: Record<string, SectionLayout>;
  toggle: (agentId: string, id: SectionId) => void;
  move: (agentId: string, id: SectionId, by: -1 | 1) => void;
  reset: (agentId: string) => void;
}

export const useSectionLayoutStore = create<SectionLayoutState>()(
  persist(
    (set) => {
      const update = (agentId: string, change: (layout: SectionLayout) => SectionLayout) =>
        set((s) => ({ byAgent: { ...s.byAgent, [agentId]: change(normalizeLayout(s.byAgent[agentId])) } }));
      return {
        byAgent: {},
        toggle: (agentId, id) =>
          update(agentId, (l) => ({ ...l, collapsed: l.collapsed.includes(id) ? l.collapsed.filter((c) => c !== id) : [...l.collapsed, id] })),
        move: (agentId, id, by) =>
          update(agentId, (l) => {
            const from = l.order.indexOf(id);
            const to = from + by;
            if (from < 0 || to < 0 || to >= l.order.length) return l;
            const order = [...l.order];
            order.splice(from, 1);
            order.splice(to, 0, id);
            return { ...l, order };
          }),
        reset: (agentId) => update(agentId, () => DEFAULT_LAYOUT),
      };
    },
    { name: 'zuoxi.customers.layout', partialize: (s) => ({ byAgent: s.byAgent }) },
  ),
);

/** The agent's layout, whole. */
export function useSectionLayout(agentId: string): SectionLayout {
  const stored = useSectionLayoutStore((s) => s.byAgent[agentId]);
  return stored ? normalizeLayout(stored) : DEFAULT_LAYOUT;
}
