import type { Page } from '@playwright/test';

/**
 * Calls a scenario endpoint of the contract (`/api/test/...`, src/contract/endpoints/testing.ts) from inside
 * the page: in mock mode MSW answers it there, as it would the BFF started for tests.
 */
export async function testApi<T = unknown>(page: Page, method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  await page.waitForFunction(() => !!(window as unknown as { __zuoxiMock?: unknown }).__zuoxiMock);
  return page.evaluate(
    async ([m, p, b]) => {
      const response = await fetch(p, { method: m, headers: b === undefined ? {} : { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) });
      if (!response.ok) throw new Error(`${m} ${p}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    [method, path, body] as const,
  ) as Promise<T>;
}
