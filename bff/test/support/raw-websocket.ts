import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { REALTIME_PATH } from '@/contract/events';

/** One frame as the server sent it. */
export interface RawFrame {
  opcode: number;
  payload: Buffer;
}

/**
 * A WebSocket client written by hand over a TCP socket, so a test controls when (and whether) it reads:
 * `pause()` stops reading, and the server's frames then pile up in the kernel and in the server's buffer.
 */
export interface RawWebSocket {
  /** The upgrade answer's status line (101 when accepted). */
  status: string;
  frames: RawFrame[];
  /** The text frames, parsed as JSON. */
  messages(): unknown[];
  sendText(text: string): void;
  pause(): void;
  resume(): void;
  /** Resolves once the frames satisfy the predicate (the socket must be reading). */
  until(predicate: (frames: RawFrame[]) => boolean, timeoutMs?: number): Promise<void>;
  destroy(): void;
  socket: Socket;
}

/** A client frame: FIN, the opcode, masked as RFC 6455 requires of clients. */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, 0x80 | length]) : Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff]);
  if (length > 0xffff) throw new Error('frame too large for this client');
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = payload[i]! ^ mask[i % 4]!;
  return Buffer.concat([header, mask, masked]);
}

/** Server frames are unmasked; lengths may be 7, 16 or 64 bits. Answers the frames and what is left over. */
function decodeFrames(buffer: Buffer): { frames: RawFrame[]; rest: Buffer } {
  const frames: RawFrame[] = [];
  let offset = 0;
  for (;;) {
    if (buffer.length - offset < 2) break;
    const opcode = buffer[offset]! & 0x0f;
    let length = buffer[offset + 1]! & 0x7f;
    let header = 2;
    if (length === 126) {
      if (buffer.length - offset < 4) break;
      length = buffer.readUInt16BE(offset + 2);
      header = 4;
    } else if (length === 127) {
      if (buffer.length - offset < 10) break;
      length = Number(buffer.readBigUInt64BE(offset + 2));
      header = 10;
    }
    if (buffer.length - offset < header + length) break;
    frames.push({ opcode, payload: buffer.subarray(offset + header, offset + header + length) });
    offset += header + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

export function closeCodeOf(frame: RawFrame): number | null {
  return frame.opcode === 8 && frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : null;
}

/** Opens a TCP connection, does the WebSocket upgrade by hand, and reads frames until paused. */
export async function openRawWebSocket(port: number, headers: Record<string, string>): Promise<RawWebSocket> {
  const socket = connect(port, '127.0.0.1');
  // The server may reset a connection it gave up on; the test looks at the frames, not at errors.
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  const key = randomBytes(16).toString('base64');
  const lines = [
    `GET ${REALTIME_PATH} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${key}`,
    'Sec-WebSocket-Version: 13',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);

  const frames: RawFrame[] = [];
  const watchers = new Set<() => void>();
  let pending: Buffer = Buffer.alloc(0);
  let status = '';
  const handshake = new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', () => (status ? resolve() : reject(new Error('closed during the upgrade'))));
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (!status) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        status = pending.subarray(0, pending.indexOf('\r\n')).toString();
        pending = pending.subarray(end + 4);
        resolve();
      }
      const decoded = decodeFrames(pending);
      pending = decoded.rest;
      frames.push(...decoded.frames);
      if (decoded.frames.length) for (const watcher of [...watchers]) watcher();
    });
  });
  await handshake;

  return {
    status,
    frames,
    socket,
    messages: () => frames.filter((f) => f.opcode === 1).map((f) => JSON.parse(f.payload.toString()) as unknown),
    sendText: (text) => socket.write(encodeFrame(1, Buffer.from(text))),
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    until: (predicate, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!predicate(frames)) return;
          watchers.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`raw socket: condition not met in ${timeoutMs} ms (${frames.length} frames)`));
        }, timeoutMs);
        watchers.add(check);
        check();
      }),
    destroy: () => socket.destroy(),
  };
}
