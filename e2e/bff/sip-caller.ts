import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import type * as SipJs from 'sip.js';
import { chromiumPath, voiceFlags } from '../chromium.mjs';
import { writeToneWav } from '../voice/support/write-tone-wav';

/** sip.js ships plain ES modules with relative imports only: the page loads them as they are, nothing is built. */
const SIP_LIB = dirname(createRequire(import.meta.url).resolve('sip.js'));
const PAGE = `<!doctype html><meta charset="utf-8"><title>SIP caller</title>
<script type="module">import * as SIP from '/sip.js/index.js'; window.SIP = SIP;</script>`;

/**
 * Serves the caller's page and sip.js on 127.0.0.1 (a secure context, so getUserMedia works). A real
 * loopback server, not Playwright's routing: Chromium counts a routed page as public, and its Local Network
 * Access checks then refuse the page's WebSocket to Kamailio on 127.0.0.1.
 */
async function serveCallerPage(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://caller');
    const file = resolve(SIP_LIB, `.${pathname.replace(/^\/sip\.js\//, '/')}`);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (pathname === '/') send(200, 'text/html; charset=utf-8', PAGE);
    else if (!pathname.startsWith('/sip.js/') || !file.startsWith(SIP_LIB + sep)) send(404, 'text/plain', 'not found');
    else readFile(file).then((body) => send(200, 'text/javascript; charset=utf-8', body), () => send(404, 'text/plain', 'not found'));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

interface CallInPage {
  /** sip.js's session state: Initial, Establishing, Established, Terminating, Terminated. */
  state: string;
  /** Status codes of the responses to the INVITE, in order (100, 180, 200, 487…). */
  responses: number[];
  hangUp(): Promise<void>;
}

declare global {
  interface Window {
    SIP?: typeof SipJs;
    sipCall?: CallInPage;
  }
}

/**
 * A caller from the outside, on its own SIP user agent (sip.js in a page of its own browser): it dials
 * Kamailio over WebSocket as `from` (the From user, which the desktop reads as the caller's number), with
 * no account and no REGISTER (Kamailio challenges REGISTER only, as a PSTN gateway's INVITEs come unasked).
 */
export class SipCaller {
  private constructor(
    private readonly browser: Browser,
    private readonly server: Server,
    readonly page: Page,
  ) {}

  /**
   * A browser of its own: a WebRTC offer needs a microphone, here Chromium's fake one playing `toneWav`
   * (written now), and loopback ICE (`voiceFlags`), which the desktop's browser in this suite does not have.
   */
  static async open(toneWav: string): Promise<SipCaller> {
    mkdirSync(dirname(toneWav), { recursive: true });
    writeToneWav(toneWav);
    const { server, url } = await serveCallerPage();
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: chromiumPath, args: voiceFlags(toneWav) });
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.SIP !== undefined, undefined, { timeout: 30_000 });
      return new SipCaller(browser, server, page);
    } catch (error) {
      await browser?.close();
      server.close();
      throw error;
    }
  }

  /** Places the call; resolves once the INVITE is on its way (the offer made, the socket connected). */
  async call(options: { wsUrl: string; from: string; to: string }): Promise<void> {
    await this.page.evaluate(async ({ wsUrl, from, to }) => {
      const SIP = window.SIP!;
      const ua = new SIP.UserAgent({
        uri: SIP.UserAgent.makeURI(`sip:${from}@pbx.test`),
        transportOptions: { server: wsUrl, connectionTimeout: 10 },
        // No STUN: Kamailio and both browsers are on this machine.
        sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] } },
        logLevel: 'warn',
      });
      await ua.start();
      const target = SIP.UserAgent.makeURI(to);
      if (!target) throw new Error(`not a SIP URI: ${to}`);
      const inviter = new SIP.Inviter(ua, target, { sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
      const call: CallInPage = {
        state: inviter.state,
        responses: [],
        async hangUp() {
          if (inviter.state === SIP.SessionState.Initial || inviter.state === SIP.SessionState.Establishing) await inviter.cancel();
          else if (inviter.state === SIP.SessionState.Established) await inviter.bye();
        },
      };
      inviter.stateChange.addListener((state) => (call.state = state));
      window.sipCall = call;
      const record = (response: { message: { statusCode?: number } }) => void call.responses.push(response.message.statusCode ?? 0);
      await inviter.invite({ requestDelegate: { onTrying: record, onProgress: record, onAccept: record, onReject: record, onRedirect: record } });
    }, options);
  }

  /** The call as the caller sees it. */
  async state(): Promise<{ state: string; responses: number[] }> {
    return this.page.evaluate(() => ({ state: window.sipCall?.state ?? 'none', responses: [...(window.sipCall?.responses ?? [])] }));
  }

  /** CANCEL while it rings, BYE once answered. */
  async hangUp(): Promise<void> {
    await this.page.evaluate(() => window.sipCall?.hangUp());
  }

  async close(): Promise<void> {
    await this.browser.close();
    this.server.closeAllConnections();
    await new Promise((done) => this.server.close(done));
  }
}
