import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { failEndpoint } from '@mocks/core/scenario-state';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { NotFoundError } from '@/lib/router/not-found';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { App } from '../app';
import { RouteBoundary } from '../routes/route-boundary';

useMockServer();

async function renderSignedInAt(path: string, username = 'zhang.wei') {
  await signIn(username);
  window.history.replaceState(null, '', path);
  return render(<App />);
}

beforeEach(async () => {
  // The agent chose English on this browser; their profile would say Chinese.
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
});

describe('entity routes', () => {
  it('opens the workspace on a customer’s address with the customer in view, one main landmark and a page heading', async () => {
    await renderSignedInAt('/customers/c-cn-0001');
    expect(await screen.findByRole('tab', { name: 'Customer', selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Workspace' })).toBeInTheDocument();
  });

  it('answers an address that matches no page with the 404 page', async () => {
    await renderSignedInAt('/tickets/t1/extra');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows an agent who opens the supervisor area the 404 page inside the shell, with a single main', async () => {
    await renderSignedInAt('/supervisor');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });
});

describe('RouteBoundary', () => {
  function Missing(): never {
    throw new NotFoundError({ kind: 'customer', id: 'c-none' });
  }

  it('turns an unknown entity into a 404 naming it, and clears it on the next address', async () => {
    const { rerender } = render(
      <RouteBoundary location="/customers/c-none">
        <Missing />
      </RouteBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Customer not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no customer c-none, or you may not see them.')).toBeInTheDocument();
    expect(screen.queryByRole('main')).toBeNull();
    rerender(
      <RouteBoundary location="/">
        <p>workspace</p>
      </RouteBoundary>,
    );
    expect(screen.getByText('workspace')).toBeInTheDocument();
  });
});

describe('sign-in page demo accounts', () => {
  it('offers the demo backend’s accounts, and none when the backend is not a demo', async () => {
    window.history.replaceState(null, '', '/login');
    const first = render(<App />);
    const demo = await screen.findByRole('region', { name: /^Demo accounts/ });
    expect(within(demo).getAllByRole('button')).toHaveLength(4);
    first.unmount();

    failEndpoint('session.demo_accounts', 500);
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Demo accounts/ })).toBeNull();
  });
});
