/** One event's trip from publication to the screen, as bench/wallboard.bench.mjs reads it (epoch ms). */
export interface BoardPaintSample {
  at: number;
  paintedAt: number;
  kind: 'agent' | 'queue';
  /** Its row was on screen (inside the table's scrolled viewport) when the frame painted. */
  inView: boolean;
}

export interface ProbedEvent {
  at: number;
  kind: 'agent' | 'queue';
  id: string;
}

export interface BoardPaintProbe {
  /** Events whose change was just written to the query cache. */
  applied(events: ProbedEvent[]): void;
  /** React committed new board data; the next painted frame shows what was applied before it. */
  committed(): void;
}

declare global {
  interface Window {
    /** Set by the bench before the app starts; absent in normal use, so the probe costs nothing. */
    __zuoxiBoardProbe?: { samples: BoardPaintSample[] };
  }
}

function isInView({ kind, id }: ProbedEvent): boolean {
  const row = document.querySelector(`[data-${kind}-id="${CSS.escape(id)}"]`);
  const scroller = row?.closest('[data-virtual-scroller]');
  if (!row || !scroller) return false;
  const r = row.getBoundingClientRect();
  const s = scroller.getBoundingClientRect();
  return r.bottom > s.top && r.top < s.bottom;
}

function createProbe(sink: { samples: BoardPaintSample[] }): BoardPaintProbe {
  let applied: ProbedEvent[] = [];
  const painting: { events: ProbedEvent[]; inView: boolean[] }[] = [];
  // A frame's rAF callbacks run just before it paints; a message posted from one is handled just after.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const paintedAt = Date.now();
    const frame = painting.shift();
    frame?.events.forEach((event, i) => sink.samples.push({ at: event.at, paintedAt, kind: event.kind, inView: frame.inView[i] ?? false }));
  };
  return {
    applied(events) {
      applied = applied.concat(events);
    },
    committed() {
      if (applied.length === 0) return;
      const events = applied;
      applied = [];
      requestAnimationFrame(() => {
        // Read here, where the frame lays out anyway, rather than after the paint, where a later commit
        // could force an extra layout the board would not have had without the probe.
        painting.push({ events, inView: events.map(isInView) });
        channel.port2.postMessage(null);
      });
    },
  };
}

/** The bench's event-to-screen probe, or null (always, outside the bench). */
export const boardPaintProbe: BoardPaintProbe | null = typeof window !== 'undefined' && window.__zuoxiBoardProbe ? createProbe(window.__zuoxiBoardProbe) : null;
