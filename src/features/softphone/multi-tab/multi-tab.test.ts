import { describe, expect, it, vi } from 'vitest';
import { FakeSoftphone } from '../port/fake-softphone';
import type { SoftphoneEvent } from '../port/softphone-port';
import { claimPhone } from './claim-phone';
import { FakeChannelHub, FakeLocks } from './fake-tab-environment';
import { startOwnerBridge } from './owner-bridge';
import { RemoteSoftphonePort } from './remote-softphone-port';

const settings = { wsUrl: 'ws://x', uri: 'sip:1001@x', authorizationUsername: '1001', authorizationPassword: 'p', displayName: 'A', iceServers: [] };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('claimPhone (Web Locks)', () => {
  it('the first tab owns, the second mirrors and takes over when the first releases', async () => {
    const locks = new FakeLocks();
    const a = { onOwner: vi.fn(), onMirror: vi.fn() };
    const b = { onOwner: vi.fn(), onMirror: vi.fn() };
    const releaseA = claimPhone(locks, a);
    await flush();
    const releaseB = claimPhone(locks, b);
    await flush();
    expect(a.onOwner).toHaveBeenCalledTimes(1);
    expect(b.onMirror).toHaveBeenCalledTimes(1);
    expect(b.onOwner).not.toHaveBeenCalled();
    releaseA();
    await flush();
    expect(b.onOwner).toHaveBeenCalledTimes(1);
    releaseB();
  });

  it('a third tab queues behind the second', async () => {
    const locks = new FakeLocks();
    const tabs = [0, 1, 2].map(() => ({ onOwner: vi.fn(), onMirror: vi.fn() }));
    const releases = [];
    for (const t of tabs) {
      releases.push(claimPhone(locks, t));
      await flush();
    }
    releases[0]!();
    await flush();
    expect(tabs[1]!.onOwner).toHaveBeenCalled();
    expect(tabs[2]!.onOwner).not.toHaveBeenCalled();
    releases[1]!();
    await flush();
    expect(tabs[2]!.onOwner).toHaveBeenCalled();
  });

  it('a mirror that leaves drops out of the queue', async () => {
    const locks = new FakeLocks();
    const a = { onOwner: vi.fn(), onMirror: vi.fn() };
    const b = { onOwner: vi.fn(), onMirror: vi.fn() };
    const c = { onOwner: vi.fn(), onMirror: vi.fn() };
    const releaseA = claimPhone(locks, a);
    await flush();
    const releaseB = claimPhone(locks, b);
    await flush();
    claimPhone(locks, c);
    await flush();
    releaseB();
    releaseA();
    await flush();
    expect(b.onOwner).not.toHaveBeenCalled();
    expect(c.onOwner).toHaveBeenCalled();
  });

  it('without Web Locks (jsdom) the single tab owns', () => {
    const h = { onOwner: vi.fn(), onMirror: vi.fn() };
    claimPhone(null, h);
    expect(h.onOwner).toHaveBeenCalled();
    expect(h.onMirror).not.toHaveBeenCalled();
  });
});

describe('owner bridge + remote port (BroadcastChannel)', () => {
  async function setup() {
    const hub = new FakeChannelHub();
    const fake = new FakeSoftphone();
    await fake.register(settings);
    const ownerChannel = hub.channel();
    const stop = startOwnerBridge(fake, ownerChannel, 'owner');
    const remote = new RemoteSoftphonePort(hub.channel(), 'mirror', 200);
    const events: SoftphoneEvent[] = [];
    remote.subscribe((e) => events.push(e));
    await remote.register();
    await flush();
    return { hub, fake, stop, remote, events };
  }

  it('a mirror gets the snapshot on hello, then live events', async () => {
    const hub = new FakeChannelHub();
    const fake = new FakeSoftphone();
    await fake.register(settings);
    const callId = fake.simulateIncoming({ from: '13800138000' });
    startOwnerBridge(fake, hub.channel(), 'owner');
    const remote = new RemoteSoftphonePort(hub.channel(), 'mirror');
    const events: SoftphoneEvent[] = [];
    remote.subscribe((e) => events.push(e));
    await remote.register();
    await flush();
    expect(events).toContainEqual({ type: 'registration', state: 'registered', error: null });
    expect(events.some((e) => e.type === 'call' && e.call.callId === callId && e.call.state === 'ringing')).toBe(true);
    await fake.answer(callId);
    await flush();
    expect(events.at(-1)).toMatchObject({ type: 'call', call: { callId, state: 'active' } });
  });

  it('commands from the mirror run on the owner port and resolve with the value', async () => {
    const { fake, remote } = await setup();
    const callId = fake.simulateIncoming({ from: '13800138000' });
    await remote.answer(callId);
    expect(fake.call(callId)?.state).toBe('active');
    await remote.hold(callId);
    expect(fake.call(callId)?.state).toBe('held');
    remote.mute(callId, true);
    await flush();
    expect(fake.call(callId)?.muted).toBe(true);
    const dialed = await remote.dial('10086');
    expect(dialed).toMatch(/^fake-call-/);
  });

  it('a failed command rejects with the owner error code', async () => {
    const { fake, remote } = await setup();
    const callId = fake.simulateIncoming({ from: '13800138000' });
    await remote.answer(callId);
    fake.setTransferOutcome('2009', 'busy');
    await expect(remote.transferBlind(callId, '2009')).rejects.toMatchObject({ code: 'transfer_target_busy' });
  });

  it('a second tab answering is fine: the owner answers once, both see it active', async () => {
    const { hub, fake, remote, events } = await setup();
    const other = new RemoteSoftphonePort(hub.channel(), 'mirror-2', 200);
    const otherEvents: SoftphoneEvent[] = [];
    other.subscribe((e) => otherEvents.push(e));
    const callId = fake.simulateIncoming({ from: '13800138000' });
    await flush();
    const results = await Promise.allSettled([remote.answer(callId), other.answer(callId)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(fake.log.filter((l) => l.startsWith('answer'))).toHaveLength(2);
    expect(fake.call(callId)?.state).toBe('active');
    await flush();
    expect(events.at(-1)).toMatchObject({ type: 'call', call: { state: 'active' } });
    expect(otherEvents.at(-1)).toMatchObject({ type: 'call', call: { state: 'active' } });
  });

  it('no owner answering: commands time out with a clear code', async () => {
    const hub = new FakeChannelHub();
    const remote = new RemoteSoftphonePort(hub.channel(), 'mirror', 30);
    await expect(remote.answer('x')).rejects.toMatchObject({ code: 'other_tab_unavailable' });
  });

  it('bye from the owner ends mirrored calls and shows unregistered', async () => {
    const { fake, stop, events } = await setup();
    fake.simulateIncoming({ from: '13800138000' });
    await flush();
    stop();
    await flush();
    expect(events).toContainEqual({ type: 'registration', state: 'unregistered', error: 'owner_tab_closed' });
    expect(events.at(-1)).toMatchObject({ type: 'call', call: { state: 'ended', endReason: 'owner_tab_closed' } });
  });

  it('a new owner announcing itself makes mirrors resync', async () => {
    const { hub, events } = await setup();
    const fake2 = new FakeSoftphone();
    await fake2.register(settings);
    const callId = fake2.simulateIncoming({ from: '95555' });
    startOwnerBridge(fake2, hub.channel(), 'owner-2');
    await flush();
    await flush();
    expect(events.some((e) => e.type === 'call' && e.call.callId === callId)).toBe(true);
  });
});
