import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetSession } from '@/lib/session-hint';

// Waits end when the condition holds; the limit only bounds a failure. A whole desktop rendered in jsdom on
// a loaded 2-core CI machine can take many seconds to show what takes 200 ms on a quiet one.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  // Each test starts signed out: no CSRF cookie left in jsdom's document, nothing remembered.
  if (typeof document !== 'undefined') forgetSession();
});
