import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMockServer } from '@/testing/use-mock-server';
import { mockControls } from '@mocks/mock-controls';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import type { User } from '@/contract/schemas/identity';
import { App } from '../app';
import { getMockSoftphone } from '../shell/mock-softphone';

// Route-level tests: the whole app, seeded mock data over MSW in node, a person's clicks.
useMockServer();

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The agent-state button, by the state it shows ("Not ready · Meal") and its timer; any state when none is given. */
function stateButton(shown?: string) {
  const state = shown ? escape(shown) : '(Ready|Not ready|After-call work|Busy|Offline)( · [^,]+)?';
  return new RegExp(`^${state}, \\d+:\\d\\d(:\\d\\d)? — change state$`);
}

async function signIn(username: string, password = 'zuoxi123') {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: 'Username' }), username);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

beforeEach(async () => {
  // This browser chose English (the seeded Chinese users' profiles say zh-CN).
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
});

describe('session routes', () => {
  it('signs an agent in and shows the seeded agent in the top bar', async () => {
    renderAt('/login');
    await signIn('zhang.wei');
    expect(await screen.findByRole('button', { name: stateButton('Not ready · Just signed in') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^张伟 · 861001/ })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });

  it('opens in the profile’s language once signed in when this browser chose none, without remembering it', async () => {
    localStorage.removeItem(LOCALE_KEY);
    renderAt('/login');
    await signIn('zhang.wei');
    expect(await screen.findByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^示忙 · 刚登录 \d+:\d\d，更改坐席状态$/ })).toBeInTheDocument();
    expect(localStorage.getItem(LOCALE_KEY)).toBeNull();
  });

  it('goes Ready and Not ready with a reason through the server', async () => {
    renderAt('/login');
    const user = await signIn('emma.clark');
    await user.click(await screen.findByRole('button', { name: stateButton() }));
    await user.click(within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: 'Ready' }));
    expect(await screen.findByRole('button', { name: stateButton('Ready') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: stateButton() }));
    await user.click(within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: 'Not ready · Training' }));
    expect(await screen.findByRole('button', { name: stateButton('Not ready · Training') })).toBeInTheDocument();
  });

  it('rejects a wrong password with a message and keeps the username', async () => {
    renderAt('/login');
    await signIn('zhang.wei', 'wrong');
    expect(await screen.findByText('Wrong username or password.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveValue('zhang.wei');
  });

  it('locks a username out after repeated failures with a rate-limit message', async () => {
    renderAt('/login');
    const user = await signIn('li.na', 'wrong');
    await screen.findByText('Wrong username or password.');
    for (let i = 0; i < 5; i += 1) {
      await user.type(screen.getByLabelText(/^Password/), 'wrong');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
    }
    expect(await screen.findByText(/Too many failed sign-ins/)).toBeInTheDocument();
  });

  it('sends a signed-out visitor to the login page, remembering where they were going', async () => {
    renderAt('/supervisor');
    await screen.findByRole('button', { name: 'Sign in' });
    expect(window.location.pathname).toBe('/login');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/supervisor');
    await signIn('wang.fang');
    expect(await screen.findByRole('table', { name: 'Live queues' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/supervisor');
  });

  it('hides the supervisor area from an agent, and the server refuses it too', async () => {
    renderAt('/login');
    await signIn('zhang.wei');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Supervisor' })).toBeNull();
    const token = localStorage.getItem('zuoxi.session');
    const response = await fetch('/api/supervisor/overview', { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
  });

  it('shows the re-authentication dialog when the session expires mid-shift', async () => {
    renderAt('/login');
    const user = await signIn('zhang.wei');
    await screen.findByRole('button', { name: stateButton() });
    mockControls.expireSession();
    await user.click(screen.getByRole('button', { name: stateButton() }));
    await user.click(within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: 'Ready' }));
    const dialog = await screen.findByRole('dialog', { name: 'Session expired' });
    expect(within(dialog).getByRole('textbox', { name: 'Username' })).toHaveValue('zhang.wei');
    await user.type(within(dialog).getByLabelText(/^Password/), 'zuoxi123');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Session expired' })).toBeNull());
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });
});

describe('phone-driven agent state', () => {
  it('puts a Ready seat Not ready while the phone is unregistered and restores Ready after', async () => {
    renderAt('/login');
    const user = await signIn('zhang.wei');
    await screen.findByRole('status', { name: 'Phone: registered' });
    await user.click(await screen.findByRole('button', { name: stateButton() }));
    await user.click(within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: 'Ready' }));
    await screen.findByRole('button', { name: stateButton('Ready') });

    window.__zuoxiPhone!.simulateRegistrationDrop();
    expect(await screen.findByRole('button', { name: stateButton('Not ready · Phone offline') })).toBeInTheDocument();
    // Ready is refused while no call could ring, and says why.
    await user.click(screen.getByRole('button', { name: stateButton() }));
    const ready = within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: /^Ready/ });
    expect(ready).toHaveAttribute('aria-disabled', 'true');
    expect(ready).toHaveTextContent('Phone offline: cannot take calls');
    await user.keyboard('{Escape}');

    window.__zuoxiPhone!.simulateRegistrationRestore();
    expect(await screen.findByRole('button', { name: stateButton('Ready') })).toBeInTheDocument();
  });

  it('keeps a seat Not ready with its own reason when the phone comes back', async () => {
    renderAt('/login');
    const user = await signIn('zhang.wei');
    await screen.findByRole('status', { name: 'Phone: registered' });
    await user.click(await screen.findByRole('button', { name: stateButton() }));
    await user.click(within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: 'Not ready · Meal' }));
    await screen.findByRole('button', { name: stateButton('Not ready · Meal') });
    window.__zuoxiPhone!.simulateRegistrationDrop();
    await screen.findByRole('button', { name: stateButton('Not ready · Phone offline') });
    window.__zuoxiPhone!.simulateRegistrationRestore();
    expect(await screen.findByRole('button', { name: stateButton('Not ready · Meal') })).toBeInTheDocument();
  });

  it('tells the agent before the first call that the microphone is blocked, and holds the seat Not ready until fixed', async () => {
    // The browser refuses the microphone from the start (the fake answers the phone's probe).
    getMockSoftphone({ id: 'before-sign-in' } as User).simulateMicrophoneProblem('denied');
    renderAt('/login');
    const user = await signIn('zhang.wei');
    expect(await screen.findByRole('button', { name: stateButton('Not ready · No microphone') })).toBeInTheDocument();
    const softphone = screen.getByRole('region', { name: 'Softphone' });
    expect(await within(softphone).findByText(/Microphone access is blocked/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: stateButton() }));
    const ready = within(screen.getByRole('menu', { name: 'Change agent state' })).getByRole('menuitem', { name: /^Ready/ });
    expect(ready).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');

    window.__zuoxiPhone!.simulateMicrophoneProblem('ok');
    await user.click(within(softphone).getByRole('button', { name: 'Check microphone again' }));
    expect(await screen.findByRole('button', { name: stateButton('Not ready · Just signed in') })).toBeInTheDocument();
    expect(within(softphone).queryByText(/Microphone access is blocked/)).toBeNull();
  });
});
