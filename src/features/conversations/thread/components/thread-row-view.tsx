import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayName, formatClock } from '../lib/format-thread-time';
import { messageTime, type ThreadRow } from '../lib/thread-rows';
import { MessageItem } from './message-item';
import { PendingMessageItem } from './pending-message-item';
import { SystemEventLine } from './system-event-line';

export interface ThreadRowViewProps {
  row: ThreadRow;
  index: number;
  start: number;
  measure: (element: HTMLElement | null) => void;
}

function DaySeparator({ dayStart }: { dayStart: number }) {
  const { t, i18n } = useTranslation('conversations');
  const day = dayName(dayStart, Date.now(), i18n.language);
  const text = day.kind === 'date' ? day.text : t(`thread.${day.kind}`);
  return (
    <div className="zx-day" role="separator" aria-label={text}>
      {text}
    </div>
  );
}

function RowContent({ row }: { row: ThreadRow }) {
  const { t, i18n } = useTranslation('conversations');
  if (row.kind === 'start') return <div className="zx-start">{t('thread.start')}</div>;
  if (row.kind === 'pending') return <PendingMessageItem pending={row.pending} />;
  const { message } = row;
  return (
    <>
      {row.dayStart !== null && <DaySeparator dayStart={row.dayStart} />}
      {message.content.kind === 'system' ? (
        <SystemEventLine content={message.content} time={formatClock(messageTime(message), i18n.language)} />
      ) : (
        <MessageItem message={message} continued={row.continued} />
      )}
    </>
  );
}

function sameRow(a: ThreadRowViewProps, b: ThreadRowViewProps): boolean {
  if (a.start !== b.start || a.index !== b.index || a.measure !== b.measure || a.row.kind !== b.row.kind) return false;
  // Rows are rebuilt on every change of the thread; what they show changes only with these.
  if (a.row.kind === 'message' && b.row.kind === 'message') return a.row.message === b.row.message && a.row.dayStart === b.row.dayStart && a.row.continued === b.row.continued;
  if (a.row.kind === 'pending' && b.row.kind === 'pending') return a.row.pending === b.row.pending;
  return true;
}

/** One positioned row of the virtual thread; it re-renders only when what it shows or where it sits changes. */
export const ThreadRowView = memo(function ThreadRowView({ row, index, start, measure }: ThreadRowViewProps) {
  const continued = row.kind === 'message' && row.continued && row.dayStart === null;
  return (
    <div
      ref={measure}
      data-index={index}
      data-seq={row.kind === 'message' ? row.message.seq : undefined}
      className={continued ? 'zx-row zx-continued' : 'zx-row'}
      style={{ transform: `translateY(${start}px)` }}
    >
      <RowContent row={row} />
    </div>
  );
}, sameRow);
