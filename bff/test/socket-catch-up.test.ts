// @vitest-environment node
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningBff } from '../server/start-bff';
import { appendEvents } from '../store/event-queries';
import { bffTarget, startTestBff } from './start-test-bff';

// The socket hub's safety net: an event stored for a user whose bus message never came (NATS restarting)
// still reaches that user's sockets, from the store, within a catch-up round (5 s).
let bff: RunningBff;
beforeAll(async () => {
  bff = await startTestBff();
}, 60_000);
afterAll(async () => {
  await bff?.close();
});

it('delivers an event that was stored but never published, to every socket of its user', async () => {
  const target = bffTarget(bff);
  const first = await target.signIn('zhang.wei');
  const second = await target.signIn('zhang.wei');
  const sockets = [await first.openSocket(null), await second.openSocket(null)];
  const [lost] = await appendEvents(bff.store.db, [first.user!.id], { type: 'notice.broadcast', notice: { id: 'nt-lost', from: 'Test', text: 'never on the bus', severity: 'info' } }, Date.now());
  for (const socket of sockets) {
    const got = await socket.next('notice.broadcast', (e) => e.seq === lost!.seq, 8000);
    expect(got.notice.text).toBe('never on the bus');
    socket.close();
  }
}, 30_000);
