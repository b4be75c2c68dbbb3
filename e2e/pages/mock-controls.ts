import type { Page } from '@playwright/test';
import type { MockControls } from '../../mocks/mock-controls';

type Method = { [K in keyof MockControls]: MockControls[K] extends (...args: never[]) => unknown ? K : never }[keyof MockControls];

/** Calls a scenario control in the page (`window.__zuoxiMock`), as the dev panel would. */
export async function mock<M extends Method>(page: Page, method: M, ...args: Parameters<MockControls[M]>): Promise<Awaited<ReturnType<MockControls[M]>>> {
  await page.waitForFunction(() => !!(window as unknown as { __zuoxiMock?: unknown }).__zuoxiMock);
  return page.evaluate(
    ([name, params]) => {
      const controls = (window as unknown as { __zuoxiMock: Record<string, (...a: unknown[]) => unknown> }).__zuoxiMock;
      return controls[name]!(...(params as unknown[]));
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<MockControls[M]>>>;
}
