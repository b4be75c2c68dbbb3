import { useTranslation } from 'react-i18next';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Check from '@mui/icons-material/Check';
import { changeLocale, locales, type AppLocale } from '@/lib/i18n';
import { usePreferencesStore, type Density, type ThemeMode } from '../stores/preferences-store';

const themes: ThemeMode[] = ['light', 'dark'];
const densities: Density[] = ['compact', 'standard', 'comfortable'];
// A subheader paints the plain paper colour, which in dark mode shows as a band across the raised menu.
const subheaderSx = { bgcolor: 'transparent' } as const;

export interface PreferencesMenuPopupProps {
  anchor: HTMLElement | null;
  onClose: () => void;
}

/** The choices behind the preferences button; loaded apart from it (see PreferencesMenu). */
export function PreferencesMenuPopup({ anchor, onClose }: PreferencesMenuPopupProps) {
  const { t, i18n } = useTranslation('settings');
  const theme = usePreferencesStore((s) => s.theme);
  const density = usePreferencesStore((s) => s.density);
  const setTheme = usePreferencesStore((s) => s.setTheme);
  const setDensity = usePreferencesStore((s) => s.setDensity);

  const check = (on: boolean) => <ListItemIcon>{on ? <Check fontSize="small" /> : null}</ListItemIcon>;

  return (
    <Menu anchorEl={anchor} open={!!anchor} onClose={onClose} slotProps={{ list: { dense: true, 'aria-label': t('menu_label') } }}>
      <ListSubheader disableSticky sx={subheaderSx}>{t('language')}</ListSubheader>
      {locales.map((locale: AppLocale) => (
        <MenuItem key={locale} lang={locale} onClick={() => void changeLocale(locale)} aria-checked={i18n.language === locale} role="menuitemradio">
          {check(i18n.language === locale)}
          <ListItemText>{t(`locales.${locale}`)}</ListItemText>
        </MenuItem>
      ))}
      <ListSubheader disableSticky sx={subheaderSx}>{t('theme')}</ListSubheader>
      {themes.map((mode) => (
        <MenuItem key={mode} onClick={() => setTheme(mode)} aria-checked={theme === mode} role="menuitemradio">
          {check(theme === mode)}
          <ListItemText>{t(`themes.${mode}`)}</ListItemText>
        </MenuItem>
      ))}
      <ListSubheader disableSticky sx={subheaderSx}>{t('density')}</ListSubheader>
      {densities.map((value) => (
        <MenuItem key={value} onClick={() => setDensity(value)} aria-checked={density === value} role="menuitemradio">
          {check(density === value)}
          <ListItemText>{t(`densities.${value}`)}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
