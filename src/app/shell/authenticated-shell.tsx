import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useMe } from '@/features/session/api/get-me';
import { forgetSession, hasSession, onUnauthorized } from '@/lib/session-hint';
import { isApiError } from '@/lib/api-error';
import { navigate } from '@/lib/router/router';
import { paths } from '@/lib/paths';
import { useProfileLocale } from '@/lib/use-profile-locale';
import { TopBar } from './top-bar';
import { ShellServices } from './shell-services';
import { NoticeBar } from '@/features/notices/components/notice-bar';
import { usePreloadShellMenus } from './use-preload-shell-menus';
import { ReconnectingBanner } from '@/realtime/components/reconnecting-banner';

// Needed only once a session expires; it stays mounted afterwards so it can close with its transition.
const SessionExpiredDialog = lazy(() => import('./session-expired-dialog').then((m) => ({ default: m.SessionExpiredDialog })));

export interface AuthenticatedShellProps {
  children: ReactNode;
}

/** Everything behind sign-in: the top bar, the session's services, and the route below. */
export function AuthenticatedShell({ children }: AuthenticatedShellProps) {
  const { t } = useTranslation('common');
  const queryClient = useQueryClient();
  const me = useMe();
  const [expired, setExpired] = useState(false);
  const [reauthMounted, setReauthMounted] = useState(false);
  const signedIn = hasSession();
  usePreloadShellMenus();
  useProfileLocale(me.data?.locale);

  const staleToken = !me.data && me.isError && isApiError(me.error) && me.error.status === 401;
  useEffect(() => {
    if (staleToken) forgetSession();
    if (!signedIn || staleToken) navigate(paths.login.href(window.location.pathname + window.location.search), { replace: true });
  }, [signedIn, staleToken]);

  // A 401 mid-shift re-authenticates in a dialog over the workspace: nothing mounted is torn down,
  // so nothing the agent typed is lost.
  useEffect(
    () =>
      onUnauthorized(() => {
        setExpired(true);
        setReauthMounted(true);
      }),
    [],
  );

  if (!signedIn || staleToken) return null;
  if (me.isPending) return <LinearProgress aria-label={t('loading')} />;
  if (me.isError && !me.data) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error" role="alert" action={<Button color="inherit" size="small" onClick={() => void me.refetch()}>{t('panel.retry')}</Button>}>
          {t('shell.me_failed')}
        </Alert>
      </Box>
    );
  }
  const user = me.data;

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      {user && (
        <ShellServices user={user}>
          <TopBar user={user} />
          <ReconnectingBanner />
          <NoticeBar />
          <Box component="main" sx={{ flex: 1, minHeight: 0, p: 1 }}>
            {children}
          </Box>
        </ShellServices>
      )}
      {reauthMounted && (
        <Suspense fallback={null}>
          <SessionExpiredDialog
            open={expired && !!user}
            username={user?.username}
            onSignedIn={() => {
              setExpired(false);
              void queryClient.invalidateQueries();
            }}
          />
        </Suspense>
      )}
    </Box>
  );
}
