import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { navigate, setSearchParams, usePathname, useSearchParam } from './router';

function Probe() {
  return (
    <p>
      {usePathname()}|{useSearchParam('filter') ?? '-'}
    </p>
  );
}

describe('router', () => {
  it('re-renders on navigation and on search-param changes, and keeps other params', () => {
    window.history.replaceState(null, '', '/customers/c1?tab=bills');
    render(<Probe />);
    expect(screen.getByText('/customers/c1|-')).toBeInTheDocument();
    act(() => setSearchParams({ filter: 'sms' }));
    expect(screen.getByText('/customers/c1|sms')).toBeInTheDocument();
    expect(window.location.search).toBe('?tab=bills&filter=sms');
    act(() => setSearchParams({ filter: null }));
    expect(window.location.search).toBe('?tab=bills');
    act(() => navigate('/tickets/t9'));
    expect(screen.getByText('/tickets/t9|-')).toBeInTheDocument();
  });

  it('follows the back button', async () => {
    window.history.replaceState(null, '', '/');
    render(<Probe />);
    act(() => navigate('/supervisor'));
    expect(screen.getByText('/supervisor|-')).toBeInTheDocument();
    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(screen.getByText('/|-')).toBeInTheDocument();
  });
});
