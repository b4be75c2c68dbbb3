import { useEffect } from 'react';
import { preloadAgentStateMenu } from '@/features/session/components/agent-state-control';
import { preloadPreferencesMenu } from '@/features/settings/components/preferences-menu';
import { whenIdle } from '@/lib/when-idle';
import { preloadCustomerSearch } from '../customers/customer-search';
import { preloadUserMenu } from './user-menu';

/**
 * The top bar's menus are split from first paint; fetch them as soon as the page is idle (already on the
 * login page) so the agent's first click opens a menu at once rather than after a download.
 */
export function usePreloadShellMenus(): void {
  useEffect(
    () =>
      whenIdle(() => {
        const ignore = () => undefined;
        preloadAgentStateMenu().catch(ignore);
        preloadPreferencesMenu().catch(ignore);
        preloadUserMenu().catch(ignore);
        // The search dialog too, so Ctrl+K opens it at once.
        preloadCustomerSearch().catch(ignore);
      }),
    [],
  );
}
