import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderSoftphone } from '@/testing/render-softphone';

async function ringing() {
  let now = 10_000;
  const r = await renderSoftphone({ extra: <textarea aria-label="Reply" /> });
  await screen.findByRole('status', { name: 'Phone: registered' });
  let callId = '';
  act(() => {
    callId = r.fake.simulateIncoming({ from: '13800138000' });
  });
  await screen.findByRole('region', { name: 'Incoming call' });
  return { ...r, callId, tick: (ms: number) => (now += ms), now: () => now };
}

const chord = (key: string, target: Element | Window = window, extra: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(target, { key, code: `Key${key.toUpperCase()}`, ctrlKey: true, shiftKey: true, ...extra });

describe('call shortcuts', () => {
  it('Ctrl+Shift+A answers, H holds, M mutes, E hangs up — also from a text field', async () => {
    const { fake, callId } = await ringing();
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    reply.focus();
    chord('A', reply);
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
    expect(document.activeElement).toBe(reply);
    chord('H', reply);
    await waitFor(() => expect(fake.call(callId)?.state).toBe('held'));
    chord('H', reply);
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
    chord('M', reply);
    await waitFor(() => expect(fake.call(callId)?.muted).toBe(true));
    chord('E', reply);
    await waitFor(() => expect(fake.call(callId)?.state).toBe('ended'));
  });

  it('ignores chords while an IME composition is open', async () => {
    const { fake, callId } = await ringing();
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    fireEvent.compositionStart(reply);
    chord('A', reply);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.call(callId)?.state).toBe('ringing');
    fireEvent.compositionEnd(reply);
    chord('A', reply);
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
  });

  it('ignores a repeated hang-up within a second (never hangs up the next call)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { fake, callId } = await ringing();
      chord('A');
      await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
      chord('E');
      await waitFor(() => expect(fake.call(callId)?.state).toBe('ended'));
      let second = '';
      act(() => {
        second = fake.simulateIncoming({ from: '10086' });
      });
      chord('A');
      await waitFor(() => expect(fake.call(second)?.state).toBe('active'));
      chord('E');
      await new Promise((r) => setTimeout(r, 20));
      expect(fake.call(second)?.state).toBe('active');
      vi.setSystemTime(Date.now() + 1500);
      chord('E');
      await waitFor(() => expect(fake.call(second)?.state).toBe('ended'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('matches on code for non-Latin layouts', async () => {
    const { fake, callId } = await ringing();
    fireEvent.keyDown(window, { key: 'Ф', code: 'KeyA', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
  });
});
