import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Channel } from '@/contract/schemas/channel';
import { announce } from '@/lib/announce';
import { useContactHistory } from '../api/get-contact-history';
import { useDebounced } from '../hooks/use-debounced';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';
import { TIMELINE_ROW_HEIGHT, TimelineRow } from './timeline-row';

export interface TimelineJump {
  contactId: string;
  /** A new value jumps again to the same contact. */
  nonce: number;
}

export interface TimelineSectionProps {
  customerId: string;
  jump: TimelineJump | null;
}

const VIEWPORT = 312;
/** Fetch the next page this many rows before the end, so scrolling down rarely meets the loader. */
const PREFETCH_ROWS = 40;
/** A jump to a contact stops looking after this many pages (a jump is to something recent). */
const JUMP_PAGES = 50;
const ALL = 'all';

/**
 * Every past contact on every channel, newest first, virtual (thousands scroll as smoothly as ten), with
 * older pages fetched as the agent nears the end. Filter by channel and by words; jump to one contact.
 */
export function TimelineSection({ customerId, jump }: TimelineSectionProps) {
  const { t } = useTranslation('customers');
  const [channel, setChannel] = useState<Channel | null>(null);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const query = useContactHistory(customerId, { channel, q });
  const scrollRef = useRef<HTMLDivElement>(null);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  // The contact jumped to stays rendered (and focusable) even before the scroll reaches it.
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const highlightedIndex = highlighted ? items.findIndex((c) => c.contactId === highlighted) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (highlightedIndex < 0 || indexes.includes(highlightedIndex)) return indexes;
      return [...indexes, highlightedIndex].sort((a, b) => a - b);
    },
    [highlightedIndex],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    rangeExtractor,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TIMELINE_ROW_HEIGHT,
    getItemKey: (index) => items[index]?.contactId ?? index,
    overscan: 10,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - PREFETCH_ROWS) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, items.length, fetchNextPage]);

  // A jump clears the filters (the contact may not match them), then pages back until the contact is found.
  const [pendingJump, setPendingJump] = useState<TimelineJump | null>(null);
  useEffect(() => {
    if (!jump) return;
    setChannel(null);
    setText('');
    setPendingJump(jump);
    announce(t('timeline.jumping', { id: jump.contactId }));
  }, [jump, t]);
  const unfiltered = channel === null && q === '';
  const index = pendingJump ? items.findIndex((c) => c.contactId === pendingJump.contactId) : -1;
  useEffect(() => {
    if (!pendingJump || !unfiltered || query.isPending) return;
    if (index >= 0) {
      setPendingJump(null);
      setHighlighted(pendingJump.contactId);
      virtualizer.scrollToIndex(index, { align: 'center' });
      return;
    }
    if (hasNextPage && (query.data?.pages.length ?? 0) < JUMP_PAGES) {
      if (!isFetchingNextPage) void fetchNextPage();
      return;
    }
    if (!isFetchingNextPage) {
      announce(t('timeline.jump_not_found', { id: pendingJump.contactId }));
      setPendingJump(null);
    }
  }, [pendingJump, unfiltered, index, hasNextPage, isFetchingNextPage, fetchNextPage, query.isPending, query.data?.pages.length, virtualizer, t]);
  useEffect(() => {
    if (!highlighted) return;
    scrollRef.current?.querySelector<HTMLElement>(`[data-contact-id="${CSS.escape(highlighted)}"]`)?.focus({ preventScroll: true });
  }, [highlighted, virtualItems.length]);

  const count = t(total === undefined && hasNextPage ? 'timeline.count_more' : 'timeline.count', { count: total ?? items.length });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 9em) minmax(0, 1fr)', gap: 0.75 }}>
        <TextField
          select
          size="small"
          label={t('timeline.filter_channel')}
          value={channel ?? ALL}
          onChange={(e) => setChannel(e.target.value === ALL ? null : (e.target.value as Channel))}
        >
          <MenuItem value={ALL}>{t('timeline.all_channels')}</MenuItem>
          {Channel.options.map((c) => (
            <MenuItem key={c} value={c}>
              {t(`channel.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="search" label={t('timeline.search')} value={text} onChange={(e) => setText(e.target.value)} />
      </Box>
      <SectionBody query={query} name={t('section.timeline')} height={SECTION_SKELETON_HEIGHT.timeline}>
        {() => (
          <>
            <Typography variant="caption" color="text.secondary" aria-live="polite" sx={{ height: 18 }}>
              {count}
            </Typography>
            {items.length === 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ height: VIEWPORT, pt: 1 }}>
                {t('timeline.none')}
              </Typography>
            ) : (
              // Focusable, so the keyboard scrolls it.
              <Box
                ref={scrollRef}
                tabIndex={0}
                role="list"
                aria-label={t('timeline.list')}
                aria-busy={isFetchingNextPage || !!pendingJump}
                data-virtual-scroller=""
                sx={{ height: VIEWPORT, overflow: 'auto', position: 'relative', contain: 'strict', border: 1, borderColor: 'divider', borderRadius: 1, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
              >
                <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                  {virtualItems.map((v) => {
                    const contact = items[v.index];
                    if (!contact) return null;
                    return <TimelineRow key={v.key} contact={contact} index={v.index} setSize={total ?? items.length} start={v.start} highlighted={contact.contactId === highlighted} />;
                  })}
                </Box>
              </Box>
            )}
            {(isFetchingNextPage || pendingJump) && <LinearProgress aria-label={t('timeline.loading_more')} sx={{ height: 2 }} />}
          </>
        )}
      </SectionBody>
    </Box>
  );
}
