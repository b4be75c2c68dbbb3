import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLocale, i18n, LOCALE_KEY } from './i18n';
import { useProfileLocale } from './use-profile-locale';

// jsdom's navigator.languages is ['en-US']: the browser's language here is English.
beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('useProfileLocale', () => {
  it('shows the profile language once signed in, without storing it as this browser’s choice', () => {
    renderHook(() => useProfileLocale('zh-CN'));
    expect(i18n.language).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LOCALE_KEY)).toBeNull();
  });

  it('leaves a language chosen in this browser alone', async () => {
    await changeLocale('zh-TW');
    renderHook(() => useProfileLocale('en'));
    expect(i18n.language).toBe('zh-TW');
  });

  it('waits for the profile, and goes back to the browser language when the user leaves', () => {
    const { rerender, unmount } = renderHook(({ locale }: { locale?: string }) => useProfileLocale(locale), { initialProps: {} as { locale?: string } });
    expect(i18n.language).toBe('en');
    rerender({ locale: 'zh-CN' });
    expect(i18n.language).toBe('zh-CN');
    unmount();
    expect(i18n.language).toBe('en');
  });
});
