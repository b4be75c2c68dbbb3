import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/lib/i18n';
import { env } from '@/lib/env';
import { App } from './app';

async function boot() {
  // Mock mode: the service worker must be in place before the first request, or login would hit nothing.
  if (env.mock) {
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
