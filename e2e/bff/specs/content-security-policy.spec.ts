import { LoginPage } from '../../pages/login-page';
import { SupervisorPage } from '../../pages/supervisor-page';
import { expect, test } from '../bff-test';

test('the production desktop runs under the BFF’s Content-Security-Policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  // The browser also reports each violation to the page: collected there, read at the end.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  const response = await page.goto('/login');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  // The lead's desktop loads the most: the workspace, the phone (sip.js), the supervisor area, the socket.
  await new LoginPage(page).signInAs('wang.fang');
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  await new SupervisorPage(page).open();
  await expect(page.getByRole('status', { name: /^Phone:/ })).toBeVisible();

  const reported = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect([...violations, ...reported]).toEqual([]);
});
