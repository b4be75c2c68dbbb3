import { setupWorker } from 'msw/browser';
import { getMockDb } from './core/mock-db';
import { PERSIST_KEY, restoreMockDb, saveMockDb } from './core/persist-mock-db';
import { handlers } from './handlers';
import { mockControls, type MockControls } from './mock-controls';

declare global {
  interface Window {
    __zuoxiMock?: MockControls;
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Starts mock mode in the page. Anything outside /api (assets, the Vite client, Kamailio's WebSocket)
 * goes to the network; an /api call without a handler is a missing mock, so it warns.
 * Sessions and seat states survive a reload (see persist-mock-db.ts).
 */
export async function startMockWorker(): Promise<void> {
  const store = storage();
  if (store) {
    restoreMockDb(getMockDb(), store);
    window.addEventListener('storage', (event) => {
      if (event.key === PERSIST_KEY) restoreMockDb(getMockDb(), store);
    });
    window.addEventListener('pagehide', () => saveMockDb(getMockDb(), store));
  }
  const worker = setupWorker(...handlers);
  if (store) worker.events.on('response:mocked', () => saveMockDb(getMockDb(), store));
  await worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.warning();
    },
  });
  window.__zuoxiMock = mockControls;
}
