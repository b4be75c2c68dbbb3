import { useEffect, useState } from 'react';

/** Current time, re-rendering every `intervalMs`; one timer per caller, cleared on unmount. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
