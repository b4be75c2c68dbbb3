import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import '../customers-locales';
import { makePop, renderWithQuery } from '../testing/pop-fixtures';
import { LinkSuggestion } from './link-suggestion';

describe('LinkSuggestion', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it.each([
    ['voice', '13800138000', 'Call from 138****8000'],
    ['sms', '+447700900123', 'SMS from +44******0123'],
    ['email', 'wang.fang@example.com', 'Email from w***@example.com'],
    ['social', '@wangfang88', 'Social from @wangfang88'],
  ] as const)('shows the unlinked %s contact masked, and offers to link it', (channel, from, text) => {
    renderWithQuery(<LinkSuggestion pop={makePop({ channel, from })} customerId="c-cn-0002" customerName="刘丽" />);
    const region = screen.getByRole('region', { name: 'Current contact' });
    expect(region).toHaveTextContent(text);
    if (channel !== 'social') expect(region).not.toHaveTextContent(from);
    expect(screen.getByRole('button', { name: 'Link contact to 刘丽' })).toBeInTheDocument();
  });
});
