import { expect, it } from 'vitest';
import { setAgentState } from '@/contract/endpoints/session';
import { broadcastNotice, dropSockets, expireSessions } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function realtimeScenarios(target: () => ContractTarget): void {
  it('starts a fresh client at the current seq, then streams new events in order', async () => {
    const agent = await target().signIn('zhang.wei');
    const socket = await agent.openSocket();
    try {
      const ready = socket.frames.find((f) => f.op === 'ready');
      expect(ready).toMatchObject({ op: 'ready', replayed: 0 });
      const start = ready?.op === 'ready' ? ready.lastSeq : -1;
      await call(target().anonymous(), broadcastNotice, { body: { text: 'one' } });
      await call(target().anonymous(), broadcastNotice, { body: { text: 'two' } });
      await socket.next('notice.broadcast', (e) => e.notice.text === 'two');
      const seqs = socket.events.map((e) => e.seq);
      expect(seqs).toEqual(seqs.map((_s, i) => start + 1 + i));
      expect(socket.events.filter((e) => e.type === 'notice.broadcast').map((e) => e.type === 'notice.broadcast' && e.notice.text)).toEqual(['one', 'two']);
    } finally {
      socket.close();
    }
  });

  it('replays exactly what a client missed while away, then says ready: no gap, no duplicate', async () => {
    const agent = await target().signIn('zhang.wei');
    const first = await agent.openSocket();
    await call(agent, setAgentState, { body: { status: 'ready' } });
    const seen = await first.next('agent.state_changed', (e) => e.state.status === 'ready');
    first.close();
    await first.closed;
    await call(agent, setAgentState, { body: { status: 'not_ready', reason: 'meal' } });
    await call(target().anonymous(), broadcastNotice, { body: { text: 'while away' } });
    const second = await agent.openSocket(seen.seq);
    try {
      const replayed = second.events.map((e) => e.seq);
      expect(replayed).toEqual([seen.seq + 1, seen.seq + 2]);
      expect(second.events[0]).toMatchObject({ type: 'agent.state_changed', state: { status: 'not_ready', reason: 'meal' } });
      expect(second.events[1]).toMatchObject({ type: 'notice.broadcast', notice: { text: 'while away' } });
      expect(second.frames.at(-1)).toEqual({ op: 'ready', lastSeq: seen.seq + 2, replayed: 2 });
    } finally {
      second.close();
    }
  });

  it('tells a client whose position it cannot replay to resync', async () => {
    const agent = await target().signIn('zhang.wei');
    const socket = await agent.openSocket(9999);
    try {
      expect(socket.frames).toEqual([{ op: 'resync', lastSeq: expect.any(Number) }]);
    } finally {
      socket.close();
    }
  });

  it('answers ping with pong and a frame outside the protocol with an error', async () => {
    const agent = await target().signIn('zhang.wei');
    const socket = await agent.openSocket();
    try {
      socket.send({ op: 'ping', t: 42 });
      socket.send('{"op":"dance"}');
      await socket.until((frames) => frames.some((f) => f.op === 'error'));
      expect(socket.frames.filter((f) => f.op !== 'ready' && f.op !== 'event')).toEqual([{ op: 'pong', t: 42 }, { op: 'error', code: 'bad_frame' }]);
    } finally {
      socket.close();
    }
  });

  it('refuses a socket without a session: an error frame, then close code 4401', async () => {
    const socket = await target().anonymous().openSocket();
    expect(socket.frames).toEqual([{ op: 'error', code: 'unauthorized' }]);
    expect(await socket.closed).toBe(4401);
  });

  it('refuses a socket whose session expired', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(target().anonymous(), expireSessions, { body: {} });
    const socket = await agent.openSocket();
    expect(socket.frames).toEqual([{ op: 'error', code: 'unauthorized' }]);
    expect(await socket.closed).toBe(4401);
  });

  it('drops every socket on request, as a network would, and the next one resumes', async () => {
    const agent = await target().signIn('zhang.wei');
    const socket = await agent.openSocket();
    await call(agent, setAgentState, { body: { status: 'ready' } });
    const seen = await socket.next('agent.state_changed', (e) => e.state.status === 'ready');
    const dropped = await call(target().anonymous(), dropSockets, { body: {} });
    expect(dropped.data.dropped).toBeGreaterThanOrEqual(1);
    expect(await socket.closed).not.toBe(1000);
    await call(agent, setAgentState, { body: { status: 'not_ready', reason: 'break' } });
    const again = await agent.openSocket(seen.seq);
    try {
      expect(again.events.map((e) => e.seq)).toEqual([seen.seq + 1]);
    } finally {
      again.close();
    }
  });
}
