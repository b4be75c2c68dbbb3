import Box from '@mui/material/Box';
import type { PendingMessage } from '../lib/thread-rows';
import { ThreadBody } from './thread-body';
import { threadSx } from './thread-sx';

export interface ConversationThreadProps {
  conversationId: string;
  /**
   * The outbox's messages for this conversation that the server has not confirmed (sending, or failed with
   * a retry). One whose client id the thread already holds is not shown twice. Keep the array stable
   * between renders (a memo or a store selector): a new array rebuilds the rows.
   */
  pending?: readonly PendingMessage[];
  /** The log's accessible name (e.g. "Messages with 王芳"); "Messages" by default. */
  label?: string;
}

const frameSx = [{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } as const, threadSx];

/**
 * A conversation's thread: virtual (only what is on screen is in the page), opened at the newest message,
 * older history fetched as the agent scrolls up without the view jumping, new messages followed while at
 * the bottom and counted otherwise. New messages reach it through the query cache (`registerThreadRealtime`).
 *
 * The thread's styles sit on this frame, which re-renders only when its props change: resolving them costs
 * a few milliseconds, too much to pay again for every message that arrives.
 */
export function ConversationThread(props: ConversationThreadProps) {
  return (
    <Box sx={frameSx}>
      <ThreadBody {...props} />
    </Box>
  );
}
