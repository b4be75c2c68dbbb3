import { describe, expect, it } from 'vitest';
import { appendEvent, emptyStream, planResume, type EventStream } from './event-stream';

const notice = (n: number) => ({ type: 'notice.broadcast' as const, notice: { id: `n${n}`, from: 'x', text: String(n), severity: 'info' as const } });

function streamOf(count: number, window = 500): EventStream {
  let stream = emptyStream();
  for (let i = 1; i <= count; i++) stream = appendEvent(stream, notice(i), i * 1000, window).stream;
  return stream;
}

describe('event stream', () => {
  it('stamps a gapless, increasing seq and the time', () => {
    const first = appendEvent(emptyStream(), notice(1), 0);
    const second = appendEvent(first.stream, notice(2), 1000);
    expect([first.event.seq, second.event.seq]).toEqual([1, 2]);
    expect(second.event.at).toBe('1970-01-01T00:00:01.000Z');
  });

  it('keeps only the replay window', () => {
    const stream = streamOf(12, 5);
    expect(stream.seq).toBe(12);
    expect(stream.kept.map((e) => e.seq)).toEqual([8, 9, 10, 11, 12]);
  });

  it('plans a fresh start, a replay, or a resync', () => {
    const current = { seq: 12, oldestKeptSeq: 8 };
    expect(planResume(current, null)).toEqual({ kind: 'fresh', lastSeq: 12 });
    expect(planResume(current, 9)).toEqual({ kind: 'replay', fromSeq: 10, lastSeq: 12 });
    // The oldest kept event is still replayable from the one before it.
    expect(planResume(current, 7)).toEqual({ kind: 'replay', fromSeq: 8, lastSeq: 12 });
    expect(planResume(current, 12)).toEqual({ kind: 'replay', fromSeq: 13, lastSeq: 12 });
    expect(planResume(current, 6)).toEqual({ kind: 'resync', lastSeq: 12 });
    expect(planResume(current, 13)).toEqual({ kind: 'resync', lastSeq: 12 });
    expect(planResume({ seq: 0, oldestKeptSeq: null }, 0)).toEqual({ kind: 'replay', fromSeq: 1, lastSeq: 0 });
  });
});
