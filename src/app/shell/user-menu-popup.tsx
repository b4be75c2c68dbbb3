import { useTranslation } from 'react-i18next';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { User } from '@/contract/schemas/identity';

export interface UserMenuPopupProps {
  user: User;
  anchor: HTMLElement | null;
  onClose: () => void;
  onSignOut: () => void;
}

/** Who is signed in, and Sign out; loaded apart from the top bar (see UserMenu). */
export function UserMenuPopup({ user, anchor, onClose, onSignOut }: UserMenuPopupProps) {
  const { t } = useTranslation('common');
  return (
    <Menu anchorEl={anchor} open={!!anchor} onClose={onClose} slotProps={{ list: { dense: true, 'aria-label': t('user.menu_label', { name: user.displayName }) } }}>
      <MenuItem disabled>
        <ListItemText primary={user.displayName} secondary={t(`roles.${user.role}`)} />
      </MenuItem>
      <MenuItem onClick={onSignOut}>{t('user.sign_out')}</MenuItem>
    </Menu>
  );
}
