import { lazy, Suspense } from 'react';

// Inlined (not read from a shared module) so production builds fold it and drop every mock-only import.
const MOCK = import.meta.env.VITE_MOCK === 'true';

const MockDevPanel = MOCK ? lazy(() => import('./mock-dev-panel').then((m) => ({ default: m.MockDevPanel }))) : null;

/** Scenario controls for people trying the desktop in mock mode; absent (and not bundled) otherwise. */
export function MockDevPanelLoader() {
  if (!MockDevPanel) return null;
  return (
    <Suspense fallback={null}>
      <MockDevPanel />
    </Suspense>
  );
}
