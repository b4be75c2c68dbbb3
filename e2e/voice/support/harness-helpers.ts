import type { Page } from '@playwright/test';
import type { CallInfo } from '@/features/softphone/port/softphone-port';

/** The first agent call in `state` (optionally matching the remote number), once it exists. */
export async function waitForAgentCall(page: Page, state: CallInfo['state'], remoteNumber?: string, timeout = 10_000): Promise<CallInfo> {
  const handle = await page.waitForFunction(
    ({ state, remoteNumber }) =>
      Object.values(window.agent.calls).find((c) => c.state === state && (remoteNumber === undefined || c.remoteNumber === remoteNumber)) ?? false,
    { state, remoteNumber },
    { timeout },
  );
  return (await handle.jsonValue()) as CallInfo;
}

export async function agentCall(page: Page, callId: string): Promise<CallInfo | undefined> {
  return page.evaluate((id) => window.agent.calls[id], callId);
}

export async function liveAgentCalls(page: Page): Promise<CallInfo[]> {
  return page.evaluate(() => Object.values(window.agent.calls).filter((c) => c.state !== 'ended'));
}

/** Calls a port method in the page and returns its result or the error code it threw. */
export async function port<T = unknown>(page: Page, method: string, ...args: unknown[]): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  return page.evaluate(
    async ({ method, args }) => {
      try {
        const fn = (window.agent.port as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
        const value = await fn.apply(window.agent.port, args);
        return { ok: true as const, value: value as never };
      } catch (error) {
        return { ok: false as const, code: (error as { code?: string; message?: string }).code ?? String((error as Error).message) };
      }
    },
    { method, args },
  );
}

/** The customer's one live JsSIP session id (after a transfer, the new one). */
export async function waitForPhoneSession(page: Page, status: 'progress' | 'confirmed', direction?: 'incoming' | 'outgoing', timeout = 10_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ status, direction }) => {
      const s = [...window.customer.sessions].reverse().find((r) => r.status === status && (direction === undefined || r.direction === direction));
      return s ? { id: s.id } : false; // an object: id 0 is falsy
    },
    { status, direction },
    { timeout },
  );
  return ((await handle.jsonValue()) as { id: number }).id;
}

/** Customer (JsSIP) calls the agent harness, agent answers: returns both ends' ids once confirmed. */
export async function connectInboundCall(agent: Page, customer: Page, ext = '1001'): Promise<{ callId: string; sid: number }> {
  const sid = await customer.evaluate((ext) => window.customer.call(ext), ext);
  const ringing = await waitForAgentCall(agent, 'ringing');
  const answered = await port(agent, 'answer', ringing.callId);
  if (!answered.ok) throw new Error(`answer failed: ${answered.code}`);
  await waitForAgentCall(agent, 'active');
  await waitForPhoneSession(customer, 'confirmed');
  return { callId: ringing.callId, sid };
}
