import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/lib/i18n';
import { App } from './app';

// Inlined (not read from a shared module) so production builds fold it and drop every mock-only import.
const MOCK = import.meta.env.VITE_MOCK === 'true';

async function boot() {
  // Mock mode: the service worker must be in place before the first request, or login would hit nothing.
  if (MOCK) {
    const { startMockWorker } = await import('@mocks/browser');
    await startMockWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
