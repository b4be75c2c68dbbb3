import { createTheme, lighten, type Theme } from '@mui/material/styles';
import type { Density, ThemeMode } from '@/features/settings/stores/preferences-store';

const spacingByDensity: Record<Density, number> = { compact: 6, standard: 8, comfortable: 10 };

// Dark mode's pale colours carry dark text; MUI would darken them on hover (primary went to 4.3:1 under the
// pointer, which axe caught when an offer appeared beneath the mouse), so dark mode lightens them instead
// and uses opaque text.
const DARK_TEXT = '#0d1014';
function paletteColor(main: string, dark: boolean) {
  return dark ? { main, dark: lighten(main, 0.25), contrastText: DARK_TEXT } : { main };
}

// Calm, low-saturation palette for an eight-hour shift; contrast ratios checked with axe in both modes
// and, for filled controls at rest and under the pointer, by create-app-theme.test.ts.
export function createAppTheme(mode: ThemeMode, density: Density, fontScale: number): Theme {
  const dark = mode === 'dark';
  const small = density === 'compact';
  return createTheme({
    palette: {
      mode,
      primary: paletteColor(dark ? '#7fb0ff' : '#1d5fbf', dark),
      secondary: paletteColor(dark ? '#9ad0c2' : '#2f7d6d', dark),
      success: paletteColor(dark ? '#6fcf8f' : '#1e7d3c', dark),
      warning: paletteColor(dark ? '#f0b75a' : '#9a5b00', dark),
      error: paletteColor(dark ? '#ff8a80' : '#b3261e', dark),
      info: paletteColor(dark ? '#8ccaf2' : '#13689e', dark),
      background: { default: dark ? '#121417' : '#f3f5f8', paper: dark ? '#1b1e23' : '#ffffff' },
      divider: dark ? 'rgba(255,255,255,0.12)' : 'rgba(15,23,42,0.12)',
      text: { secondary: dark ? '#b5bcc6' : '#4a5563' },
    },
    spacing: spacingByDensity[density],
    shape: { borderRadius: 6 },
    typography: {
      // 14 px body at 100 %: the floor for Chinese text.
      fontSize: Math.round(14 * (fontScale / 100)),
      htmlFontSize: 16,
      fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { size: small ? 'small' : 'medium', disableElevation: true } },
      MuiIconButton: { defaultProps: { size: small ? 'small' : 'medium' }, styleOverrides: { root: { minWidth: 28, minHeight: 28 } } },
      MuiTextField: { defaultProps: { size: small ? 'small' : 'medium' } },
      MuiSelect: { defaultProps: { size: small ? 'small' : 'medium' } },
      MuiTab: { styleOverrides: { root: { minHeight: small ? 36 : 44, textTransform: 'none' } } },
      MuiTabs: { styleOverrides: { root: { minHeight: small ? 36 : 44 } } },
      MuiTooltip: { defaultProps: { arrow: true } },
      MuiPaper: { defaultProps: { elevation: 0 } },
    },
  });
}
