import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { App } from '../app';

useMockServer();

beforeEach(async () => {
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
});

describe('conversation route', () => {
  it('opens the workspace with the conversation panels once the shell is there', async () => {
    await signIn('zhang.wei');
    window.history.replaceState(null, '', '/');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Workspace' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByText('No conversation selected', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('answers an unknown conversation’s address with the 404 page naming it', async () => {
    await signIn('zhang.wei');
    window.history.replaceState(null, '', '/conversations/cv-none');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Conversation not found' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
