import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSipJsTestbed, testSipSettings, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

afterEach(async () => {
  vi.useRealTimers();
  await bed.dispose();
});

describe('SipJsSoftphone registration over fake sip.js', () => {
  it('is registered only once the registrar answered, not when the REGISTER was sent', async () => {
    bed = createSipJsTestbed();
    bed.sipJs.registrarStatus = 'manual';
    const registering = bed.register();
    await bed.until(() => bed.sipJs.registerer.registers === 1);
    expect(bed.registrations().at(-1)).toEqual({ state: 'registering', error: null });
    bed.sipJs.registerer.answer(200);
    await registering;
    expect(bed.registrations().at(-1)).toEqual({ state: 'registered', error: null });
  });

  it.each([401, 403, 407])('a %i stops with invalid_credentials and never retries', async (status) => {
    vi.useFakeTimers();
    bed = createSipJsTestbed();
    bed.sipJs.registrarStatus = status;
    await expect(bed.register()).rejects.toMatchObject({ name: 'SoftphoneError', code: 'invalid_credentials' });
    expect(bed.registrations().at(-1)).toEqual({ state: 'failed', error: 'invalid_credentials' });
    expect(bed.sipJs.ua.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(bed.sipJs.registerers.map((r) => r.registers)).toEqual([1]);
  });

  it('another refusal is reported with its status and retried with back-off', async () => {
    vi.useFakeTimers();
    bed = createSipJsTestbed();
    bed.sipJs.registrarStatus = 503;
    await bed.register();
    expect(bed.registrations().at(-1)).toEqual({ state: 'failed', error: 'register_rejected_503' });
    bed.sipJs.registrarStatus = 200;
    await vi.advanceTimersByTimeAsync(500);
    expect(bed.registrations().at(-1)).toEqual({ state: 'registered', error: null });
  });

  it('an unreachable proxy is reported and the transport retried', async () => {
    vi.useFakeTimers();
    bed = createSipJsTestbed();
    bed.sipJs.reachable = false;
    await bed.register();
    expect(bed.registrations().at(-1)).toEqual({ state: 'unregistered', error: 'transport_unreachable' });
    bed.sipJs.reachable = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(bed.sipJs.ua.reconnects).toBe(1);
    expect(bed.registrations().at(-1)).toEqual({ state: 'registered', error: null });
  });

  it('a URI sip.js cannot parse fails at once with invalid_uri', async () => {
    bed = createSipJsTestbed();
    await expect(bed.port.register({ ...testSipSettings, uri: 'not a uri' })).rejects.toMatchObject({ code: 'invalid_uri' });
    expect(bed.registrations().at(-1)).toEqual({ state: 'failed', error: 'invalid_uri' });
  });

  it('a lost transport reconnects after back-off with a fresh Registerer, leaving the old one un-disposed', async () => {
    vi.useFakeTimers();
    bed = createSipJsTestbed();
    await bed.register();
    const old = bed.sipJs.registerer;
    bed.sipJs.ua.dropTransport();
    expect(bed.registrations().at(-1)).toEqual({ state: 'unregistered', error: 'transport_lost' });
    await vi.advanceTimersByTimeAsync(250);
    expect(bed.sipJs.registerers).toHaveLength(2);
    expect(old).toMatchObject({ timersCleared: true, disposed: false });
    expect(bed.registrations().map((r) => r.state).slice(-2)).toEqual(['registering', 'registered']);
  });

  it('back-off grows while the proxy stays away', async () => {
    vi.useFakeTimers();
    bed = createSipJsTestbed();
    await bed.register();
    bed.sipJs.reachable = false;
    bed.sipJs.ua.dropTransport();
    await vi.advanceTimersByTimeAsync(250 + 500 + 1000);
    expect(bed.sipJs.ua.reconnects).toBe(3);
    await vi.advanceTimersByTimeAsync(1999);
    expect(bed.sipJs.ua.reconnects).toBe(3);
  });

  it('unregister ends live calls, un-REGISTERs, stops the user agent and never reconnects', async () => {
    vi.useFakeTimers();
    bed = createSipJsTestbed();
    await bed.register();
    const session = bed.sipJs.ring('13800138000');
    const unregistering = bed.port.unregister();
    await vi.advanceTimersByTimeAsync(10);
    await unregistering;
    expect(bed.call(session.id)).toMatchObject({ state: 'ended', endReason: 'unregistered' });
    expect(bed.sipJs.registerer.unregisters).toBe(1);
    expect(bed.sipJs.ua.stopped).toBe(true);
    expect(bed.registrations().at(-1)).toEqual({ state: 'unregistered', error: null });
    bed.sipJs.ua.dropTransport();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(bed.sipJs.ua.reconnects).toBe(0);
  });
});
