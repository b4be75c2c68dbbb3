import { LoginPage, primeBrowser } from '../../pages/login-page';
import { SupervisorPage } from '../../pages/supervisor-page';
import { signInReady } from '../../support/sign-in-ready';
import { expect, requirePhone, test } from '../bff-test';

test('a team lead watching the board sees an agent go Ready, as it happens', async ({ page, browser, baseURL }) => {
  requirePhone();
  // The lead, in a browser of her own, has the board open before the agent starts the shift.
  const leadContext = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const lead = await leadContext.newPage();
  try {
    await primeBrowser(lead);
    await new LoginPage(lead).signInAs('wang.fang');
    const board = new SupervisorPage(lead);
    await board.open();
    const row = await board.findAgentRow('张伟');
    // A demo seat starts the day signed out.
    await expect(board.stateCell(row, 'Offline')).toBeVisible();

    // Ready needs a working phone: it registers to Kamailio first.
    await signInReady(page);

    // No reload: the change reaches her over the realtime socket.
    await expect(board.stateCell(board.agentRow('张伟'), 'Ready')).toBeVisible();
  } finally {
    await leadContext.close();
  }
});
