import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Language from '@mui/icons-material/Language';
import Tune from '@mui/icons-material/Tune';
import { Hint } from '@/components/hint';
import { preloadable } from '@/components/preloadable';

// The menu itself is not needed to paint the login page or the top bar.
const preferencesMenuPopup = preloadable(() => import('./preferences-menu-popup').then((m) => m.PreferencesMenuPopup));
const PreferencesMenuPopup = preferencesMenuPopup.Component;
export const preloadPreferencesMenu = preferencesMenuPopup.preload;

export interface PreferencesMenuProps {
  /**
   * Show the current language by its own name ("English", "简体中文") beside a globe, where someone who
   * cannot read the page must find how to change it (the sign-in page); otherwise a compact icon.
   */
  showLanguage?: boolean;
}

/** Language, theme and density in one menu: settings an agent changes once, so they stay out of the way. */
export function PreferencesMenu({ showLanguage = false }: PreferencesMenuProps) {
  const { t, i18n } = useTranslation('settings');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first open on, so later closes keep their transition.
  const [menuMounted, setMenuMounted] = useState(false);
  const open = (target: HTMLElement) => {
    setAnchor(target);
    setMenuMounted(true);
  };
  const language = t(`locales.${i18n.language}`, { defaultValue: t('locales.zh-CN') });

  return (
    <>
      {showLanguage ? (
        <Button
          color="inherit"
          size="small"
          startIcon={<Language />}
          endIcon={<ArrowDropDown />}
          aria-label={t('menu_label_with_language', { language })}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(e) => open(e.currentTarget)}
        >
          {language}
        </Button>
      ) : (
        <Hint title={t('menu_label')}>
          <IconButton color="inherit" aria-label={t('menu_label')} aria-haspopup="menu" onClick={(e) => open(e.currentTarget)}>
            <Tune fontSize="small" />
          </IconButton>
        </Hint>
      )}
      {menuMounted && <PreferencesMenuPopup anchor={anchor} onClose={() => setAnchor(null)} />}
    </>
  );
}
