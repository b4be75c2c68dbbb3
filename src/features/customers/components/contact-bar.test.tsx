import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactView } from '@/contract/schemas/contact-view';
import { i18n } from '@/lib/i18n';
import '../customers-locales';
import { contactKey } from '../api/contact-key';
import { makePop, renderWithQuery, testQueryClient } from '../testing/pop-fixtures';
import { ContactBar } from './contact-bar';

const contact = (change: Partial<ContactView> = {}): ContactView => ({
  contactId: 'ct-1',
  channel: 'voice',
  fromMasked: '138****8000',
  queueId: 'q-cn-general',
  customerId: 'c-cn-0001',
  verified: true,
  verification: { method: 'ivr', at: '2026-01-01T00:00:00Z', by: null },
  attemptsLeft: 3,
  ...change,
});

describe('ContactBar', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it("masks the number itself while the contact has not loaded (a call still registering has no contact yet)", () => {
    renderWithQuery(<ContactBar pop={makePop({ key: 'call:c-1', contactId: null, callId: 'c-1', status: 'matched', customerId: 'c-cn-0001' })} customerName="王建国" />);
    const bar = screen.getByRole('region', { name: 'Current contact' });
    expect(bar).toHaveTextContent('Call from 138****8000');
    expect(bar).not.toHaveTextContent('13800138000');
  });

  it("shows the server's mask once the contact is there", () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(contactKey('ct-1'), contact({ fromMasked: '+44******0123' }));
    renderWithQuery(<ContactBar pop={makePop({ from: '+447700900123', status: 'matched', customerId: 'c-cn-0001' })} customerName="Sarah" />, queryClient);
    expect(screen.getByRole('region', { name: 'Current contact' })).toHaveTextContent('Call from +44******0123');
    expect(screen.getByText('Verified by the IVR')).toBeInTheDocument();
  });

  it("reads the IVR's intent in words, and falls back to the code for one it has no name for", async () => {
    const { rerender } = renderWithQuery(<ContactBar pop={makePop({ contactId: null, intent: 'bill_query' })} customerName={null} />);
    const bar = screen.getByRole('region', { name: 'Current contact' });
    expect(bar).toHaveTextContent('Intent: Bill query');
    expect(bar).not.toHaveTextContent('bill_query');
    await i18n.changeLanguage('zh-CN');
    rerender(<ContactBar pop={makePop({ contactId: null, intent: 'bill_query' })} customerName={null} />);
    expect(screen.getByRole('region', { name: '当前接触' })).toHaveTextContent('话费查询');
    await i18n.changeLanguage('en');
    rerender(<ContactBar pop={makePop({ contactId: null, intent: 'lost_phone' })} customerName={null} />);
    expect(bar).toHaveTextContent('Intent: lost_phone');
  });
});
