import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import '../customers-locales';
import { usePopStore } from '../stores/pop-store';
import { makePop, renderWithQuery } from '../testing/pop-fixtures';
import { CustomerContextPanel } from './customer-context-panel';

describe('CustomerContextPanel', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    usePopStore.getState().reset();
  });

  it.each([
    ['voice', '13800138000', 'Looking up 138****8000'],
    ['email', 'wang.fang@example.com', 'Looking up w***@example.com'],
  ] as const)('says whom it is looking up for a %s contact, masked', (channel, from, text) => {
    usePopStore.getState().show(makePop({ channel, from, status: 'resolving' }));
    renderWithQuery(<CustomerContextPanel customerId={null} agentId="agt-1001" onSearch={() => {}} />);
    expect(screen.getByRole('progressbar', { name: text })).toHaveTextContent(text);
    expect(document.body).not.toHaveTextContent(from);
  });
});
