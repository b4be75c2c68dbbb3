// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractHeaders } from '@/contract/core/headers';
import { getAgentState, getMe, login, setAgentState } from '@/contract/endpoints/session';
import { getHealth } from '@/contract/endpoints/system';
import { clearFaults, failEndpoint } from '@/contract/endpoints/testing';
import { readConfig } from '../config';
import { BODY_LIMIT_BYTES } from '@/contract/core/request-checks';
import type { RunningBff } from '../server/start-bff';
import { requestAs, signInRaw } from './support/clients';
import { startTestBff } from './start-test-bff';

let bff: RunningBff;
/** A second instance on the same store, behind a TLS-terminating proxy it trusts. */
let proxied: RunningBff;
let desktop: string;

beforeAll(async () => {
  desktop = mkdtempSync(join(tmpdir(), 'zuoxi-desktop-'));
  mkdirSync(join(desktop, 'assets'));
  writeFileSync(join(desktop, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(desktop, 'assets', 'app.js'), 'console.log("desktop")');
  bff = await startTestBff({ staticDir: desktop, instance: 'bff-direct' });
  // As deployed: ZUOXI_TRUST_PROXY=1 in the environment.
  proxied = await startTestBff({ trustProxy: readConfig({ ZUOXI_TRUST_PROXY: '1' }).trustProxy, instance: 'bff-proxied' }, { store: bff.store });
}, 120_000);

afterAll(async () => {
  await proxied?.close();
  await bff?.close();
  rmSync(desktop, { recursive: true, force: true });
});

/** The directives of a Content-Security-Policy, by name. */
function cspDirectives(header: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function expectHardened(response: Response, what: string): void {
  const csp = cspDirectives(response.headers.get('content-security-policy'));
  expect(csp.get('script-src'), `${what}: script-src`).toEqual(["'self'"]);
  expect(csp.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  for (const [name, values] of csp) {
    if (name === 'script-src' || name === 'default-src' || name === 'worker-src') {
      expect(values, `${what}: ${name} allows no inline or eval'd script`).not.toEqual(expect.arrayContaining(["'unsafe-inline'"]));
      expect(values, `${what}: ${name}`).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
    }
  }
  expect(response.headers.get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'], `${what}: referrer policy`).toContain(response.headers.get('referrer-policy'));
  expect(response.headers.get('strict-transport-security'), `${what}: no HSTS over plain HTTP`).toBeNull();
}

/** Sends `bytes` of body in chunks (no Content-Length), and leaves the request open unless `end`. */
function streamBody(path: string, bytes: number, end: boolean): Promise<{ status: number; body: string }> {
  const url = new URL(path, bff.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url.origin, 'Transfer-Encoding': 'chunked' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on('error', reject);
    const chunk = '{"username":"' + 'x'.repeat(16 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (end) req.end();
    };
    pump();
  });
}

describe('headers on every answer, and the limits', () => {
  it('puts the CSP, nosniff and a referrer policy on every kind of answer, and no HSTS over plain HTTP', async () => {
    const agent = await signInRaw(bff.url, 'zhang.wei');
    const answers: [string, Promise<Response>][] = [
      ['200 JSON', requestAs(bff.url, agent, getAgentState.method, getAgentState.path)],
      ['health', requestAs(bff.url, null, getHealth.method, getHealth.path)],
      ['401', requestAs(bff.url, null, getMe.method, getMe.path)],
      ['403 csrf', requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'ready' }, headers: { [contractHeaders.csrf]: 'forged' } })],
      ['400', requestAs(bff.url, null, login.method, login.path, { body: { username: 42 } })],
      ['413', requestAs(bff.url, null, login.method, login.path, { body: { username: 'x'.repeat(BODY_LIMIT_BYTES), password: 'y' } })],
      ['404 API', requestAs(bff.url, null, 'GET', '/api/no-such-thing')],
      ['socket path without upgrade', requestAs(bff.url, null, 'GET', '/api/events')],
      ['OpenAPI', requestAs(bff.url, null, 'GET', '/api/openapi.json')],
      ['events schema', requestAs(bff.url, null, 'GET', '/api/events.schema.json')],
      ['desktop page', fetch(new URL('/', bff.url))],
      ['desktop route', fetch(new URL('/customers/c-1', bff.url))],
      ['desktop asset', fetch(new URL('/assets/app.js', bff.url))],
      ['missing asset', fetch(new URL('/assets/missing.js', bff.url))],
    ];
    for (const [what, pending] of answers) {
      const response = await pending;
      await response.arrayBuffer();
      expectHardened(response, what);
    }

    // A 500 and a 503 too.
    for (const status of [500, 503] as const) {
      expect((await requestAs(bff.url, null, failEndpoint.method, failEndpoint.path, { body: { endpointId: getHealth.id, status } })).status).toBe(200);
      const failed = await requestAs(bff.url, null, getHealth.method, getHealth.path);
      expect(failed.status).toBe(status);
      expectHardened(failed, String(status));
    }
    await requestAs(bff.url, null, clearFaults.method, clearFaults.path, { body: {} });
  });

  it('sends HSTS only when served over TLS, as told by a proxy it trusts', async () => {
    const tls = { 'X-Forwarded-Proto': 'https' };
    // Not behind a trusted proxy: anyone can send X-Forwarded-Proto, so it proves nothing.
    const direct = await requestAs(bff.url, null, getHealth.method, getHealth.path, { headers: tls });
    expect(direct.headers.get('strict-transport-security')).toBeNull();
    // Behind the proxy: HSTS for a year when the proxy says https, none when it says http or nothing.
    const secure = await requestAs(proxied.url, null, getHealth.method, getHealth.path, { headers: tls });
    expect(Number(/max-age=(\d+)/.exec(secure.headers.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    for (const headers of [{ 'X-Forwarded-Proto': 'http' }, {}] as Record<string, string>[]) {
      const plain = await requestAs(proxied.url, null, getHealth.method, getHealth.path, { headers });
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    }
    // And the session cookies are Secure under TLS only.
    const signIn = (url: string, headers: Record<string, string>) => requestAs(url, null, login.method, login.path, { body: { username: 'emma.clark', password: 'zuoxi123' }, headers });
    const overTls = (await signIn(proxied.url, tls)).headers.getSetCookie();
    expect(overTls.length).toBeGreaterThan(0);
    for (const cookie of overTls) expect(cookie).toMatch(/;\s*Secure/i);
    for (const cookie of (await signIn(bff.url, tls)).headers.getSetCookie()) expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it('answers 413 to an oversized body sent without Content-Length, even one that never ends', async () => {
    const whole = await streamBody(login.path, BODY_LIMIT_BYTES * 2, true);
    expect(whole.status).toBe(413);
    expect(JSON.parse(whole.body)).toMatchObject({ code: 'payload_too_large' });
    // A body that keeps coming is cut off once past the limit, not read to its (never) end.
    const endless = await streamBody(login.path, BODY_LIMIT_BYTES * 2, false);
    expect(endless.status).toBe(413);
  }, 60_000);

  it('limits sign-ins per username: 429 with Retry-After, other usernames unaffected', async () => {
    let limited: Response | null = null;
    for (let i = 0; i < 30 && !limited; i++) {
      const answer = await requestAs(bff.url, null, login.method, login.path, { body: { username: 'james.lee', password: 'zuoxi123' } });
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect(await limited!.json()).toMatchObject({ code: 'rate_limited' });
    expect(Number(limited!.headers.get(contractHeaders.retryAfter))).toBeGreaterThanOrEqual(1);
    expectHardened(limited!, '429');
    const other = await requestAs(bff.url, null, login.method, login.path, { body: { username: 'wang.fang', password: 'zuoxi123' } });
    expect(other.status).toBe(200);
  });
});
