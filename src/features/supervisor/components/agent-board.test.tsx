import type { ReactNode } from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { makeAgents } from '../testing/board-fixtures';
import { AgentBoard } from './agent-board';

const NOW = new Date('2026-03-02T08:00:00.000Z').getTime();

describe('AgentBoard', () => {
  let restoreSizes: () => void;

  beforeEach(async () => {
    await i18n.changeLanguage('en');
    // A 400 px viewport of 31 px rows: about 13 rows in view.
    restoreSizes = mockElementSizes({ viewport: 400, row: 31 });
  });

  afterEach(() => {
    restoreSizes();
    vi.useRealTimers();
  });

  function renderBoard(count: number, renderPhoneNumber: (n: string) => ReactNode = (n) => n) {
    const agents = makeAgents(count, new Date(NOW - 65_000).toISOString());
    const view = render(
      <>
        <h2 id="agents-heading">Agents</h2>
        <AgentBoard agents={agents} renderPhoneNumber={renderPhoneNumber} labelledBy="agents-heading" />
      </>,
    );
    return { ...view, agents };
  }

  it('renders only the rows around the viewport of a thousand, and says how many there are', () => {
    renderBoard(1000);
    const table = screen.getByRole('table', { name: 'Agent states' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rows = within(table).getAllByRole('row');
    // The header, the rows in view and a few beyond; never the thousand.
    expect(rows.length).toBeGreaterThan(13);
    expect(rows.length).toBeLessThan(60);
    expect(within(table).getByRole('row', { name: /Seat 0001/ })).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).queryByRole('row', { name: /Seat 0500/ })).toBeNull();
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Name', 'Work no.', 'Extension', 'Role', 'Skills', 'State', 'In state']);
  });

  it('renders the rows scrolled to, with their place in the whole table', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    renderBoard(1000);
    const region = screen.getByRole('group', { name: 'Agents' });
    // Keyboard users scroll it: it is focusable.
    expect(region).toHaveAttribute('tabindex', '0');
    act(() => {
      region.scrollTop = 499 * 31;
      fireEvent.scroll(region);
    });
    const row = screen.getByRole('row', { name: /Seat 0500/ });
    expect(row).toHaveAttribute('aria-rowindex', '501');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Seat 0500');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8630500', '30500', 'Agent', 'General', 'Ready', '01:05']);
    expect(screen.queryByRole('row', { name: /Seat 0001/ })).toBeNull();
  });

  it('keeps a focused row rendered when it is scrolled out of view', () => {
    renderBoard(1000, (n) => <button type="button">{`Call ${n}`}</button>);
    const call = screen.getByRole('button', { name: 'Call 30002' });
    act(() => call.focus());
    const region = screen.getByRole('group', { name: 'Agents' });
    act(() => {
      region.scrollTop = 600 * 31;
      fireEvent.scroll(region);
    });
    expect(screen.getByRole('row', { name: /Seat 0601/ })).toBeInTheDocument();
    expect(call).toHaveFocus();
    expect(screen.getByRole('row', { name: /Seat 0002/ })).toHaveAttribute('aria-rowindex', '3');
  });

  it('ticks the in-state durations every second without rendering a row again', () => {
    vi.useFakeTimers({ now: NOW });
    const renders = vi.fn((n: string) => n);
    renderBoard(40, renders);
    const durationOf = (name: string) => within(screen.getByRole('row', { name: new RegExp(name) })).getAllByRole('cell').at(-1)!;
    expect(durationOf('Seat 0003')).toHaveTextContent('01:05');
    // renderPhoneNumber runs once per row render: a count per extension is a count of row renders.
    const rowRenders = () => renders.mock.calls.length;
    const before = rowRenders();
    expect(before).toBeGreaterThan(0);

    act(() => vi.advanceTimersByTime(3000));
    expect(durationOf('Seat 0003')).toHaveTextContent('01:08');
    act(() => vi.advanceTimersByTime(60_000));
    expect(durationOf('Seat 0003')).toHaveTextContent('02:08');
    expect(rowRenders()).toBe(before);
  });
});
