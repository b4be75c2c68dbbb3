import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDemoAccounts } from '@/features/session/api/list-demo-accounts';
import { LoginForm } from '@/features/session/components/login-form';
import { PreferencesMenu } from '@/features/settings/components/preferences-menu';
import { hasSession } from '@/lib/session-hint';
import { navigate, useSearchParam } from '@/lib/router/router';
import { paths } from '@/lib/paths';
import { usePreloadShellMenus } from '../shell/use-preload-shell-menus';
import { setPageTitle } from '@/lib/page-title';

function safeNext(next: string | null): string {
  // Only same-origin paths: a crafted ?next= must not send the agent elsewhere.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.workspace.href();
}

export function LoginRoute() {
  const { t } = useTranslation('session');
  const next = safeNext(useSearchParam('next'));
  const demo = useDemoAccounts().data;
  usePreloadShellMenus();

  useEffect(() => {
    setPageTitle(t('page_title'));
    if (hasSession()) navigate(next, { replace: true });
  }, [next, t]);

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}>
      <Box sx={{ position: 'fixed', top: 8, right: 8 }}>
        <PreferencesMenu showLanguage />
      </Box>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 400, p: 3 }}>
        <Stack spacing={2.5}>
          <Stack spacing={0.5}>
            <Typography component="h1" variant="h5" sx={{ fontWeight: 700 }}>
              {t('title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('subtitle')}
            </Typography>
          </Stack>
          <LoginForm onSuccess={() => navigate(next, { replace: true })} demo={demo} />
        </Stack>
      </Paper>
    </Box>
  );
}
