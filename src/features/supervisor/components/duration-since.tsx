import { formatDuration } from '@/lib/format-duration';
import { useSecondTick } from '@/lib/second-ticker';

export interface DurationSinceProps {
  /** ISO instant the duration counts from. */
  since: string;
}

/** Time elapsed since `since`, counting up. Only this text re-renders each second, never its row. */
export function DurationSince({ since }: DurationSinceProps) {
  const nowSec = useSecondTick();
  return <>{formatDuration(nowSec - Date.parse(since) / 1000)}</>;
}
