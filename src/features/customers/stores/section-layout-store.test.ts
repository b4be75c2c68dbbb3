import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, normalizeLayout, useSectionLayoutStore } from './section-layout-store';

beforeEach(() => useSectionLayoutStore.setState({ byAgent: {} }));

describe('the section layout', () => {
  it('makes a stored layout whole: unknown sections dropped, new ones appended, no repeats', () => {
    expect(normalizeLayout({ order: ['marketing', 'gone' as never, 'marketing', 'accounts'], collapsed: ['orders', 'gone' as never] })).toEqual({
      order: ['marketing', 'accounts', 'subscriptions', 'timeline', 'tickets', 'orders', 'evaluations'],
      collapsed: ['orders'],
    });
    expect(normalizeLayout(undefined)).toEqual(DEFAULT_LAYOUT);
  });

  it('moves within bounds and folds per agent', () => {
    const { move, toggle } = useSectionLayoutStore.getState();
    move('a', 'accounts', -1);
    expect(useSectionLayoutStore.getState().byAgent.a?.order[0]).toBe('accounts');
    move('a', 'marketing', 1);
    expect(useSectionLayoutStore.getState().byAgent.a?.order.at(-1)).toBe('marketing');
    move('a', 'timeline', -1);
    expect(useSectionLayoutStore.getState().byAgent.a?.order.slice(0, 3)).toEqual(['accounts', 'timeline', 'subscriptions']);
    toggle('a', 'orders');
    toggle('b', 'orders');
    toggle('b', 'orders');
    expect(useSectionLayoutStore.getState().byAgent.a?.collapsed).toEqual(['orders']);
    expect(useSectionLayoutStore.getState().byAgent.b?.collapsed).toEqual([]);
  });
});
