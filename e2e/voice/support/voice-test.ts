import { test as base, chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { Kamailio, REPO_ROOT } from './kamailio';
import { trackPeerConnections } from './pc-tracker';
import { trackWebSockets } from './ws-tracker';
import { trackAudioContexts } from './audio-context-tracker';
import { startStaticServer } from './static-server';
import { startAppServer } from './app-server';
import { APP_DIST, APP_PORT, HARNESS_DIST, HARNESS_PORT, TONE_WAV, VOICE_UDP_PORT, VOICE_WS_PORT, voiceChromiumArgs } from './voice-env';
import { chromiumPath } from '../../chromium.mjs';
import { LoginPage, primeBrowser } from '../../pages/login-page';
import { SoftphonePage } from '../../pages/softphone-page';

export interface PhoneOptions {
  user: string;
  autoAnswer?: boolean;
  busy?: boolean;
}

interface VoiceFixtures {
  /** Opens the stage-1 harness: the sip.js adapter registered as `ext`. */
  openAgent: (ext?: string, options?: { password?: string; waitForRegistered?: boolean }) => Promise<Page>;
  /** Opens a JsSIP phone (customer or expert seat) registered as `user`. */
  openPhone: (options: PhoneOptions) => Promise<Page>;
  /** Stage 2: the real desktop (mock mode, sip.js adapter forced on) signed in as `username`, phone registered. */
  openDesktop: (username?: string, options?: { waitForRegistered?: boolean }) => Promise<{ page: Page; phone: SoftphonePage }>;
}

interface VoiceWorkerFixtures {
  kamailio: Kamailio;
  harnessUrl: string;
  appUrl: string;
}

export const test = base.extend<VoiceFixtures, VoiceWorkerFixtures>({
  kamailio: [
    async ({}, use) => {
      const kamailio = new Kamailio({ wsPort: VOICE_WS_PORT, udpPort: VOICE_UDP_PORT, logFile: join(REPO_ROOT, 'test-results/voice-kamailio.log') });
      await kamailio.start();
      await use(kamailio);
      await kamailio.dispose();
    },
    { scope: 'worker' },
  ],
  harnessUrl: [
    async ({}, use) => {
      const server = await startStaticServer(HARNESS_DIST, HARNESS_PORT);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  appUrl: [
    async ({}, use) => {
      const server = await startAppServer(APP_DIST, APP_PORT);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  openDesktop: async ({ browser, kamailio, appUrl }, use) => {
    await kamailio.start();
    const contexts: BrowserContext[] = [];
    await use(async (username = 'zhang.wei', { waitForRegistered = true } = {}) => {
      const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
      contexts.push(context);
      await context.addInitScript(trackPeerConnections);
      await context.addInitScript(trackAudioContexts);
      await context.addInitScript((wsUrl) => {
        localStorage.setItem('zuoxi.softphone', 'sip');
        localStorage.setItem('zuoxi.mock.sipWsUrl', wsUrl);
      }, kamailio.wsUrl);
      const page = await context.newPage();
      await primeBrowser(page);
      await new LoginPage(page).signInAs(username);
      const phone = new SoftphonePage(page);
      if (waitForRegistered) await phone.expectRegistered();
      return { page, phone };
    });
    for (const context of contexts) await context.close();
  },
  openAgent: async ({ browser, kamailio, harnessUrl }, use) => {
    await kamailio.start(); // a previous test may have left it stopped
    const contexts: BrowserContext[] = [];
    await use(async (ext = '1001', { password = 'zuoxi-dev', waitForRegistered = true } = {}) => {
      const context = await browser.newContext();
      contexts.push(context);
      await context.addInitScript(trackPeerConnections);
      await context.addInitScript(trackWebSockets);
      const page = await context.newPage();
      const query = new URLSearchParams({ ws: kamailio.wsUrl, ext, password });
      await page.goto(`${harnessUrl}/agent.html?${query}`);
      if (waitForRegistered) await expect(page.locator('#registration')).toHaveText('registered');
      return page;
    });
    for (const context of contexts) await context.close();
  },
  // The far ends get a browser of their own, fresh for each test. Chromium's fake microphone is shared
  // by every page of one browser and loses most of its level once any page stops a capture (every
  // JsSIP hang-up does): a fresh browser keeps the customer's and expert's tone at full level, so the
  // audio checks keep a wide margin late in a run too.
  openPhone: async ({ kamailio, harnessUrl }, use) => {
    await kamailio.start();
    let farEnd: Browser | null = null;
    await use(async ({ user, autoAnswer = false, busy = false }) => {
      farEnd ??= await chromium.launch({ executablePath: chromiumPath, args: voiceChromiumArgs(TONE_WAV) });
      const context = await farEnd.newContext();
      await context.addInitScript(trackPeerConnections);
      const page = await context.newPage();
      const query = new URLSearchParams({ ws: kamailio.wsUrl, user, autoAnswer: autoAnswer ? '1' : '0', busy: busy ? '1' : '0' });
      await page.goto(`${harnessUrl}/customer.html?${query}`);
      await page.waitForFunction(() => window.customer?.registered === true);
      return page;
    });
    await (farEnd as Browser | null)?.close();
  },
});

export { expect };
