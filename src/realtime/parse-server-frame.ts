import { ServerFrame } from '@/contract/events';

export type ParsedServerFrame =
  | { ok: true; frame: ServerFrame }
  | {
      ok: false;
      /** What went wrong, coarse enough to log once: `json`, `binary`, `op:<op>`, `event:<type>`. */
      key: string;
      /** The seq of an event the client cannot read, so it can still be counted as delivered. */
      seq: number | null;
      issue: string;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parseServerFrame(raw: unknown): ParsedServerFrame {
  if (typeof raw !== 'string') return { ok: false, key: 'binary', seq: null, issue: 'non-text frame' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, key: 'json', seq: null, issue: 'frame is not JSON' };
  }
  const result = ServerFrame.safeParse(json);
  if (result.success) return { ok: true, frame: result.data };

  const issue = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  if (!isRecord(json)) return { ok: false, key: 'shape', seq: null, issue };
  const event = json.op === 'event' && isRecord(json.event) ? json.event : null;
  if (event) {
    const seq = typeof event.seq === 'number' && Number.isInteger(event.seq) ? event.seq : null;
    return { ok: false, key: `event:${String(event.type)}`, seq, issue };
  }
  return { ok: false, key: `op:${String(json.op)}`, seq: null, issue };
}
