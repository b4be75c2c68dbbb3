import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useThreadMessages } from '../api/get-thread-messages';
import { BOTTOM_SLACK, useThreadScroll } from '../hooks/use-thread-scroll';
import { estimateRowHeight } from '../lib/estimate-row-height';
import { flattenThread } from '../lib/thread-pages';
import { buildThreadRows, type PendingMessage } from '../lib/thread-rows';
import { NewMessagesButton } from './new-messages-button';
import { ThreadRowView } from './thread-row-view';
import type { ConversationThreadProps } from './conversation-thread';

const NO_PENDING: readonly PendingMessage[] = [];
/** Start fetching the previous page this many rows before the oldest loaded one comes into view. */
const PREFETCH_ROWS = 15;

/** The thread inside its styled frame: the query, the virtual rows, the scrolling (see ConversationThread). */
export function ThreadBody({ conversationId, pending = NO_PENDING, label }: ConversationThreadProps) {
  const { t } = useTranslation('conversations');
  const query = useThreadMessages(conversationId);
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const messages = useMemo(() => flattenThread(data), [data]);
  const atStart = !!data && !hasNextPage;
  const rows = useMemo(() => buildThreadRows(messages, pending, atStart), [messages, pending, atStart]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between changes of the rows: the virtualizer recomputes every row's offset when these change.
  const estimateSize = useCallback((index: number) => (rows[index] ? estimateRowHeight(rows[index]) : 40), [rows]);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 4,
    paddingStart: 4,
    paddingEnd: 12,
    // Opened at the end: the first render already lays out the newest rows, not the oldest.
    initialOffset: () => Number.MAX_SAFE_INTEGER,
    // A chat: rows added above leave the rows on screen where they are; rows added below are followed while at the end.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: BOTTOM_SLACK,
  });
  const { unseen, atBottom, onScroll, scrollToBottom } = useThreadScroll(rows, virtualizer);
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;

  useEffect(() => {
    if (rows.length > 0 && firstIndex < PREFETCH_ROWS && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [rows.length, firstIndex, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const name = label ?? t('thread.label');
  if (query.isPending) {
    return (
      <Box role="log" aria-label={name} aria-busy sx={{ flex: 1, minHeight: 0, p: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('thread.loading')}
        </Typography>
      </Box>
    );
  }
  if (query.isError) {
    return (
      <Box role="log" aria-label={name} sx={{ flex: 1, minHeight: 0, p: 2, display: 'flex', gap: 1, alignItems: 'center' }}>
        <Typography variant="body2" color="error" role="alert">
          {t('thread.load_failed')}
        </Typography>
        <Button size="small" onClick={() => void query.refetch()}>
          {t('thread.try_again')}
        </Button>
      </Box>
    );
  }

  return (
    <>
      {isFetchingNextPage && <LinearProgress aria-label={t('thread.loading_older')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 1 }} />}
      {isFetchNextPageError && (
        <Box role="alert" sx={{ display: 'flex', gap: 1, alignItems: 'center', px: 1.5, py: 0.25, typography: 'caption', color: 'error.main' }}>
          {t('thread.load_older_failed')}
          <Button size="small" onClick={() => void fetchNextPage()} sx={{ minHeight: 24, py: 0 }}>
            {t('thread.try_again')}
          </Button>
        </Box>
      )}
      {/* Focusable, so the keyboard scrolls it. The log is not live: rows mount and unmount as it scrolls. */}
      <div
        ref={scrollRef}
        className="zx-scroller"
        role="log"
        aria-label={name}
        aria-live="off"
        aria-busy={isFetchingNextPage}
        tabIndex={0}
        data-virtual-scroller=""
        data-conversation-id={conversationId}
        onScroll={onScroll}
      >
        {rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2, textAlign: 'center' }}>
            {t('thread.empty')}
          </Typography>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => (
              <ThreadRowView key={v.key} row={rows[v.index]!} index={v.index} start={v.start} measure={virtualizer.measureElement} />
            ))}
          </div>
        )}
      </div>
      {!atBottom && <NewMessagesButton unseen={unseen} onClick={scrollToBottom} />}
    </>
  );
}
