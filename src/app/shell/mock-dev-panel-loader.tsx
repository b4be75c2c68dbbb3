import { lazy, Suspense } from 'react';
import { env } from '@/lib/env';

const MockDevPanel = env.mock ? lazy(() => import('./mock-dev-panel').then((m) => ({ default: m.MockDevPanel }))) : null;

/** Scenario controls for people trying the desktop in mock mode; absent (and not bundled) otherwise. */
export function MockDevPanelLoader() {
  if (!MockDevPanel) return null;
  return (
    <Suspense fallback={null}>
      <MockDevPanel />
    </Suspense>
  );
}
