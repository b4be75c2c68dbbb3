import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { User } from '@/contract/http/session';
import { useLogout } from '@/features/session/api/logout';
import { navigate } from '@/lib/router';
import { paths } from '../paths';

export interface UserMenuProps {
  user: User;
}

export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation('common');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const logout = useLogout();
  return (
    <>
      <Button color="inherit" size="small" aria-haspopup="menu" aria-label={t('user.menu_label', { name: user.displayName })} onClick={(e) => setAnchor(e.currentTarget)}>
        {user.displayName} · {user.workNumber}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} slotProps={{ list: { dense: true, 'aria-label': t('user.menu_label', { name: user.displayName }) } }}>
        <MenuItem disabled>
          <ListItemText primary={user.displayName} secondary={t(`roles.${user.role}`)} />
        </MenuItem>
        <MenuItem onClick={() => logout.mutate(undefined, { onSettled: () => navigate(paths.login.href(), { replace: true }) })}>{t('user.sign_out')}</MenuItem>
      </Menu>
    </>
  );
}
