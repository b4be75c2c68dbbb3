import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import PersonSearch from '@mui/icons-material/PersonSearch';
import { Hint } from '@/components/hint';
import type { User } from '@/contract/schemas/identity';
import { AgentStateControl } from '@/features/session/components/agent-state-control';
import { PreferencesMenu } from '@/features/settings/components/preferences-menu';
import { navigate, usePathname } from '@/lib/router/router';
import { paths } from '@/lib/paths';
import { MockDevPanelLoader } from './mock-dev-panel-loader';
import { TopBarStatusSlots } from './top-bar-status-slots';
import { UserMenu } from './user-menu';
import { useReadyBlockedReason } from '../flows/use-ready-blocked-reason';
import { CustomerSearch } from '../customers/customer-search';
import { useCustomerSearchStore } from '../customers/customer-search-store';

export interface TopBarProps {
  user: User;
}

export function TopBar({ user }: TopBarProps) {
  const { t } = useTranslation('common');
  const pathname = usePathname();
  const readyBlocked = useReadyBlockedReason();
  const openSearch = useCustomerSearchStore((s) => s.open);
  const links: { path: string; label: string }[] = [{ path: paths.workspace.path, label: t('nav.workspace') }];
  // The UI hides what the server would refuse anyway.
  if (user.role === 'supervisor' || user.role === 'admin') links.push({ path: paths.supervisor.path, label: t('nav.supervisor') });

  return (
    <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Toolbar variant="dense" sx={{ gap: 1.5, minHeight: 44 }}>
        <Typography component="span" variant="subtitle1" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
          {t('app_name')}
        </Typography>
        <Box component="nav" aria-label={t('nav.label')} sx={{ display: 'flex', gap: 0.5 }}>
          {links.map((link) => (
            <Button
              key={link.path}
              href={link.path}
              size="small"
              color={pathname === link.path ? 'primary' : 'inherit'}
              aria-current={pathname === link.path ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(link.path);
              }}
            >
              {link.label}
            </Button>
          ))}
        </Box>
        <Box sx={{ flex: 1 }} />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {/* Mock mode only: in the bar, so it never covers a panel. */}
          <MockDevPanelLoader />
          <Hint title={t('customer_search.hint')}>
            <IconButton aria-label={t('customer_search.open')} aria-keyshortcuts="Control+K Meta+K /" onClick={openSearch}>
              <PersonSearch fontSize="small" />
            </IconButton>
          </Hint>
          <CustomerSearch />
          <TopBarStatusSlots />
          <AgentStateControl readyBlockedReason={readyBlocked} />
          <PreferencesMenu />
          <UserMenu user={user} />
        </Stack>
      </Toolbar>
    </AppBar>
  );
}
