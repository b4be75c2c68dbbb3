import { describe, expect, it, vi } from 'vitest';
import type { RealtimeEvent } from '@/contract/events';
import { createSequencer } from './realtime-sequencer';

const event = (seq: number): RealtimeEvent => ({
  seq,
  at: '2026-01-01T00:00:00Z',
  type: 'notice.broadcast',
  notice: { id: `n${seq}`, from: 'ops', text: '', severity: 'info' },
});

function setup() {
  const applied: number[] = [];
  const onResync = vi.fn();
  const sequencer = createSequencer((e) => applied.push(e.seq), onResync);
  return { applied, onResync, sequencer };
}

describe('realtime sequencer', () => {
  it('starts from the server position on a first hello, then applies each seq once, in order', () => {
    const { applied, sequencer } = setup();
    expect(sequencer.beginResume()).toBeNull();
    sequencer.ready(10);
    expect([11, 12, 12, 11, 13].map((seq) => sequencer.receive(event(seq)))).toEqual(['applied', 'applied', 'duplicate', 'duplicate', 'applied']);
    expect(applied).toEqual([11, 12, 13]);
    expect(sequencer.beginResume()).toBe(13);
  });

  it('asks to resume on a live gap, without applying the early event', () => {
    const { applied, sequencer } = setup();
    sequencer.beginResume();
    sequencer.ready(1);
    expect(sequencer.receive(event(3))).toBe('gap');
    expect(applied).toEqual([]);
    expect(sequencer.lastSeq()).toBe(1);
  });

  it('resyncs instead of resuming for ever when gaps keep coming', () => {
    const { applied, onResync, sequencer } = setup();
    sequencer.beginResume();
    sequencer.ready(1);
    for (let i = 0; i < 2; i += 1) {
      expect(sequencer.receive(event(3))).toBe('gap');
      sequencer.interrupt();
      sequencer.beginResume();
      sequencer.ready(1);
    }
    expect(sequencer.receive(event(3))).toBe('applied');
    expect(onResync).toHaveBeenCalledWith(2);
    expect(applied).toEqual([3]);
  });

  it('resyncs on a hole inside the replay', () => {
    const { applied, onResync, sequencer } = setup();
    sequencer.beginResume();
    sequencer.ready(5);
    sequencer.beginResume();
    expect(sequencer.receive(event(6))).toBe('applied');
    expect(sequencer.receive(event(9))).toBe('applied');
    expect(onResync).toHaveBeenCalledWith(8);
    expect(applied).toEqual([6, 9]);
  });

  it('resyncs when ready says the server restarted or skipped ahead, not when a live event came first', () => {
    const restarted = setup();
    restarted.sequencer.beginResume();
    restarted.sequencer.ready(7);
    restarted.sequencer.beginResume();
    restarted.sequencer.ready(2);
    expect(restarted.onResync).toHaveBeenCalledWith(2);
    expect(restarted.sequencer.lastSeq()).toBe(2);

    const skipped = setup();
    skipped.sequencer.beginResume();
    skipped.sequencer.ready(7);
    skipped.sequencer.beginResume();
    skipped.sequencer.ready(9);
    expect(skipped.onResync).toHaveBeenCalledWith(9);

    const early = setup();
    early.sequencer.beginResume();
    early.sequencer.ready(7);
    early.sequencer.beginResume();
    early.sequencer.receive(event(8));
    early.sequencer.receive(event(9));
    early.sequencer.ready(8);
    expect(early.onResync).not.toHaveBeenCalled();
    expect(early.sequencer.lastSeq()).toBe(9);
  });

  it('counts an unreadable event as delivered only when it is the next one', () => {
    const { sequencer } = setup();
    sequencer.beginResume();
    sequencer.ready(3);
    sequencer.skipUnreadable(4);
    expect(sequencer.lastSeq()).toBe(4);
    sequencer.skipUnreadable(9);
    expect(sequencer.lastSeq()).toBe(4);
  });
});
