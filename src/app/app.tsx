import { useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { usePreferencesStore } from '@/features/settings/stores/preferences-store';
import { LiveRegions } from '@/components/live-regions';
import { createQueryClient } from '@/lib/query-client';
import { createAppTheme } from './create-app-theme';
import { AppRouter } from './app-router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const mode = usePreferencesStore((s) => s.theme);
  const density = usePreferencesStore((s) => s.density);
  const fontScale = usePreferencesStore((s) => s.fontScale);
  const theme = useMemo(() => createAppTheme(mode, density, fontScale), [mode, density, fontScale]);

  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        <LiveRegions />
        <AppRouter />
      </ThemeProvider>
    </QueryClientProvider>
  );
}
