import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '@/lib/i18n';
import { PhoneNumberLink } from '../components/phone-number-link';
import { renderSoftphone } from '@/testing/render-softphone';

describe('PhoneNumberLink', () => {
  it('dials the normalised number through the provider', async () => {
    const user = userEvent.setup();
    const { fake } = await renderSoftphone({ extra: <PhoneNumberLink number="+86 138 0013 8000" /> });
    await screen.findByRole('status', { name: 'Phone: registered' });
    await user.click(screen.getByRole('button', { name: 'Call +86 138 0013 8000' }));
    const current = await screen.findByRole('region', { name: 'Current call' });
    await within(current).findByText('Connected');
    expect(fake.log).toContain('dial 13800138000');
  });

  it('is plain text outside a provider or for text that is not a number', async () => {
    await i18n.changeLanguage('en');
    render(
      <>
        <PhoneNumberLink number="13800138000" />
        <PhoneNumberLink number="n/a" />
      </>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('13800138000')).toBeInTheDocument();
  });

  it('while unregistered, clicking explains why nothing happens', async () => {
    const user = userEvent.setup();
    const { FakeSoftphone } = await import('../port/fake-softphone');
    const fake = new FakeSoftphone();
    fake.simulateRegistrationFailure('503');
    await renderSoftphone({ fake, extra: <PhoneNumberLink number="10086" /> });
    await screen.findByRole('status', { name: 'Phone: registration failed' });
    await user.click(screen.getByRole('button', { name: 'Call 10086' }));
    const panel = within(screen.getByRole('region', { name: 'Softphone' }));
    await waitFor(() => expect(panel.getAllByRole('alert').some((a) => a.textContent?.includes('not registered'))).toBe(true));
  });
});
