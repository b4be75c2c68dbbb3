import { expect, test as base } from '@playwright/test';
import { primeBrowser } from '../pages/login-page';

/**
 * `test` for the BFF stories: before each, the backend is reset (`POST /api/test/reset`: fresh seed, no
 * sessions, faults or latency, sockets closed), so no story depends on another; and the page is primed
 * (English, light theme) as in the mock-mode specs.
 */
export const test = base.extend<{ resetBackend: void }>({
  resetBackend: [
    async ({ request }, use) => {
      const response = await request.post('/api/test/reset', { timeout: 60_000 });
      expect(response.status(), await response.text()).toBe(200);
      await use();
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    await primeBrowser(page);
    await use(page);
  },
});

export { expect };

/**
 * For a story in which a seat goes Ready: the desktop allows it only with the phone registered, so
 * Kamailio must run with the BFF. Skipped (saying why) on a machine without it; CI installs it.
 */
export function requirePhone() {
  if (process.env.E2E_BFF_PHONE === '1') return;
  if (process.env.CI) throw new Error('kamailio is not installed: CI must install kamailio and kamailio-websocket-modules');
  test.skip(true, 'no kamailio on this machine: the phone cannot register, so no seat can go Ready');
}
