import { REALTIME_PATH } from '@/contract/events';

/** The socket lives on the page's own origin (the dev server proxies it to the BFF; MSW intercepts it in mock mode). */
export function realtimeUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${REALTIME_PATH}`;
}
