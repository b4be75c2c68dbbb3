import type { QueryClient } from '@tanstack/react-query';
import { usePopStore } from '@/features/customers/stores/pop-store';
import { navigate } from '@/lib/router/router';
import { whenIdle } from '@/lib/when-idle';
import type { RealtimeRegistration } from '@/realtime/realtime-registration';
import type { ScreenPopDeps } from './screen-pop';

/** The screen pop's code is split from first paint and fetched when the page is idle, well before an offer. */
export const loadScreenPop = () => import('./screen-pop');

export function screenPopDeps(queryClient: QueryClient): ScreenPopDeps {
  return { queryClient, pathname: () => window.location.pathname, navigate, now: Date.now };
}

/** "A contact offered → pop its customer" (see screen-pop.ts), mounted with the session's realtime handlers. */
export const registerScreenPop: RealtimeRegistration = ({ client, queryClient }) => {
  const cancelPreload = whenIdle(() => void loadScreenPop().catch(() => undefined));
  const off = client.on('contact.offered', (event) => {
    void loadScreenPop().then((flow) => flow.popOffer(screenPopDeps(queryClient), event.contact));
  });
  return () => {
    cancelPreload();
    off();
    // Another agent may sign in on this page next: nothing of this one's contacts stays.
    usePopStore.getState().reset();
  };
};
