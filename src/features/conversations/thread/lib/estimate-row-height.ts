import type { Message } from '@/contract/schemas/conversation';
import type { ThreadRow } from './thread-rows';

/** Characters on one line of a bubble at the thread's usual width (Chinese characters count double). */
const LINE_CHARS = 56;
const LINE_PX = 22;

// The virtualizer asks for every unmeasured row whenever the count changes (a new message in a thread of
// thousands): a message's body height is worked out once per message object.
const bodyCache = new WeakMap<Message, number>();

function bodyHeight(message: Message): number {
  const content = message.content;
  switch (content.kind) {
    case 'system':
      return 32;
    case 'text':
    case 'sms': {
      let width = 0;
      for (let i = 0; i < content.text.length && width < LINE_CHARS * 12; i += 1) width += content.text.charCodeAt(i) > 0x2e7f ? 2 : 1;
      const lines = Math.max(1, Math.ceil(width / LINE_CHARS)) + (content.text.match(/\n/g)?.length ?? 0);
      return 24 + Math.min(lines, 12) * LINE_PX;
    }
    case 'image':
      return 190 + (content.caption ? LINE_PX : 0);
    case 'file':
      return 52;
    case 'email':
      return 260;
  }
}

/**
 * A row's height before it is measured. Close guesses keep the scrollbar steady and the first paint at the
 * bottom right; every row is measured once it renders, so a wrong guess only costs a small correction.
 */
export function estimateRowHeight(row: ThreadRow): number {
  if (row.kind === 'start') return 28;
  if (row.kind === 'pending') return 64;
  const { message, dayStart, continued } = row;
  let body = bodyCache.get(message);
  if (body === undefined) {
    body = bodyHeight(message);
    bodyCache.set(message, body);
  }
  const separator = dayStart !== null ? 32 : 0;
  const head = message.content.kind === 'system' || continued ? 4 : 26;
  return separator + head + body;
}
