import { useEffect } from 'react';
import { browserLanguages, i18n, pickLocale, showLocale, storedLocale } from './i18n';

function show(profile: string | null) {
  const locale = pickLocale({ stored: storedLocale(), profile, browser: browserLanguages() });
  if (locale !== i18n.language) void showLocale(locale);
}

/**
 * While someone is signed in, their profile's language applies unless this browser chose one. It is not
 * stored, and it goes when they do: the next person at a shared workstation gets their own (or the browser's).
 */
export function useProfileLocale(profile: string | null | undefined): void {
  useEffect(() => {
    if (!profile) return;
    show(profile);
    return () => show(null);
  }, [profile]);
}
