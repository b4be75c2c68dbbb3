import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import { preloadable } from '@/components/preloadable';
import type { User } from '@/contract/schemas/identity';
import { useLogout } from '@/features/session/api/logout';
import { navigate } from '@/lib/router/router';
import { paths } from '@/lib/paths';

// The menu itself is not needed to paint the top bar.
const userMenuPopup = preloadable(() => import('./user-menu-popup').then((m) => m.UserMenuPopup));
const UserMenuPopup = userMenuPopup.Component;
export const preloadUserMenu = userMenuPopup.preload;

export interface UserMenuProps {
  user: User;
}

export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation('common');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first open on, so later closes keep their transition.
  const [menuMounted, setMenuMounted] = useState(false);
  const logout = useLogout();
  return (
    <>
      <Button
        color="inherit"
        size="small"
        aria-haspopup="menu"
        aria-label={t('user.button_label', { name: user.displayName, workNumber: user.workNumber })}
        onClick={(e) => {
          setAnchor(e.currentTarget);
          setMenuMounted(true);
        }}
      >
        {user.displayName} · {user.workNumber}
      </Button>
      {menuMounted && (
        <UserMenuPopup
          user={user}
          anchor={anchor}
          onClose={() => setAnchor(null)}
          onSignOut={() => logout.mutate(undefined, { onSettled: () => navigate(paths.login.href(), { replace: true }) })}
        />
      )}
    </>
  );
}
