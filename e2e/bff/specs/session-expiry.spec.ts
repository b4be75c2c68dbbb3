import { LoginPage } from '../../pages/login-page';
import { ShellPage } from '../../pages/shell-page';
import { SoftphonePage } from '../../pages/softphone-page';
import { expect, test } from '../bff-test';

test('an expired session signs in again over the workspace, keeping what was typed', async ({ page, request }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const phone = new SoftphonePage(page);
  const shell = new ShellPage(page);
  await phone.numberInput.fill('13800138000');
  // The desktop has settled (its phone settings loaded, the socket live) before the server ends the session:
  // otherwise a request still on its way at sign-in meets the 401 first and the dialog opens before the
  // agent's own action, under the menu this story opens.
  await expect(phone.status).toHaveAccessibleName(/^Phone: (registered|not registered|registration failed)/, { timeout: 30_000 });
  await expect(page.getByRole('banner').getByText('Live', { exact: true })).toBeVisible({ timeout: 30_000 });
  // The conversations panel loads lazily, after the shell: on a loaded machine its first list request could
  // otherwise go out after the session ended.
  await expect(page.getByRole('region', { name: 'Conversations' }).getByText('No open conversations')).toBeVisible({ timeout: 30_000 });

  // The server ends every session (as its idle or absolute timeout would); the next call answers 401.
  const expired = await request.post('/api/test/sessions/expire', { data: {} });
  expect(await expired.json()).toEqual({ expired: 1 });
  await shell.setState('Not ready · Meal');

  await new LoginPage(page).signInAgainOverWorkspace('zhang.wei');

  // The workspace was never left: what was typed is still there, and it works on the new session.
  await expect(phone.numberInput).toHaveValue('13800138000');
  await shell.setState('Not ready · Meal');
  await shell.expectState('Not ready · Meal');
  await page.reload();
  await shell.expectState('Not ready · Meal');
});
