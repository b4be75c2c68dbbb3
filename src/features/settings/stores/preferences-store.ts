import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemeMode = 'light' | 'dark';
export type Density = 'compact' | 'standard' | 'comfortable';

interface PreferencesState {
  theme: ThemeMode;
  density: Density;
  /** Font scale in percent; Chinese body text never drops under 14 px. */
  fontScale: number;
  setTheme: (theme: ThemeMode) => void;
  setDensity: (density: Density) => void;
  setFontScale: (scale: number) => void;
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'light',
      density: 'compact',
      fontScale: 100,
      setTheme: (theme) => set({ theme }),
      setDensity: (density) => set({ density }),
      setFontScale: (fontScale) => set({ fontScale: Math.min(150, Math.max(90, fontScale)) }),
    }),
    { name: 'zuoxi.preferences' },
  ),
);
