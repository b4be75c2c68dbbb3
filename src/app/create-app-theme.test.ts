import { describe, expect, it } from 'vitest';
import { getContrastRatio } from '@mui/material/styles';
import { createAppTheme } from './create-app-theme';

const COLORS = ['primary', 'secondary', 'success', 'warning', 'error', 'info'] as const;

describe('createAppTheme', () => {
  for (const mode of ['light', 'dark'] as const) {
    for (const color of COLORS) {
      it(`a filled ${color} control reads at 4.5:1 at rest and under the pointer (${mode})`, () => {
        const { main, dark, contrastText } = createAppTheme(mode, 'standard', 100).palette[color];
        // Translucent text would be blended by axe and by the eye; the ratio below is only honest for opaque text.
        expect(contrastText).not.toMatch(/rgba/);
        expect(getContrastRatio(main, contrastText)).toBeGreaterThanOrEqual(4.5);
        expect(getContrastRatio(dark, contrastText)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
