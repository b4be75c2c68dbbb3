import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Tune from '@mui/icons-material/Tune';
import { Hint } from '@/components/hint';
import { preloadable } from '@/components/preloadable';

// The menu itself is not needed to paint the login page or the top bar.
const preferencesMenuPopup = preloadable(() => import('./preferences-menu-popup').then((m) => m.PreferencesMenuPopup));
const PreferencesMenuPopup = preferencesMenuPopup.Component;
export const preloadPreferencesMenu = preferencesMenuPopup.preload;

/** Language, theme and density in one menu: settings an agent changes once, so they stay out of the way. */
export function PreferencesMenu() {
  const { t } = useTranslation('settings');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first open on, so later closes keep their transition.
  const [menuMounted, setMenuMounted] = useState(false);

  return (
    <>
      <Hint title={t('menu_label')}>
        <IconButton
          color="inherit"
          aria-label={t('menu_label')}
          aria-haspopup="menu"
          onClick={(e) => {
            setAnchor(e.currentTarget);
            setMenuMounted(true);
          }}
        >
          <Tune fontSize="small" />
        </IconButton>
      </Hint>
      {menuMounted && <PreferencesMenuPopup anchor={anchor} onClose={() => setAnchor(null)} />}
    </>
  );
}
