import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetSession } from '@/lib/session-hint';

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  // Each test starts signed out: no CSRF cookie left in jsdom's document, nothing remembered.
  if (typeof document !== 'undefined') forgetSession();
});
