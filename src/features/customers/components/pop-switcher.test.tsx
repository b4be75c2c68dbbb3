import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import '../customers-locales';
import { usePopStore } from '../stores/pop-store';
import { makePop, renderWithQuery } from '../testing/pop-fixtures';
import { PopSwitcher } from './pop-switcher';

describe('PopSwitcher', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    usePopStore.getState().reset();
  });

  it("labels each contact in hand with its number or address masked, a chat's handle as it is", () => {
    const { show } = usePopStore.getState();
    show(makePop({ key: 'ct-3', contactId: 'ct-3', channel: 'chat', from: 'Visitor 42' }));
    show(makePop({ key: 'ct-2', contactId: 'ct-2', channel: 'email', from: 'wang.fang@example.com' }));
    show(makePop({ key: 'ct-1', contactId: 'ct-1', channel: 'voice', from: '13800138000' }));
    renderWithQuery(<PopSwitcher />);
    const list = screen.getByRole('list', { name: 'Contacts in hand' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Call 138****8000', 'Email w***@example.com', 'Chat Visitor 42']);
    expect(list).not.toHaveTextContent(/13800138000|wang\.fang/);
    expect(within(list).getByRole('button', { name: 'Call 138****8000' })).toHaveAttribute('aria-current', 'true');
  });

  it('wraps the chips onto further lines in a narrow panel (none clipped at its edge), each reachable by Tab', async () => {
    const user = userEvent.setup();
    const { show } = usePopStore.getState();
    show(makePop({ key: 'ct-3', contactId: 'ct-3', channel: 'chat', from: 'Visitor 42' }));
    show(makePop({ key: 'ct-2', contactId: 'ct-2', channel: 'email', from: 'a.rather.long.address@example.com' }));
    show(makePop({ key: 'ct-1', contactId: 'ct-1', channel: 'voice', from: '13800138000' }));
    renderWithQuery(<PopSwitcher />);
    const list = screen.getByRole('list', { name: 'Contacts in hand' });
    expect(list).toHaveStyle({ flexWrap: 'wrap' });
    expect(list).not.toHaveStyle({ overflowX: 'auto' });
    // A chip wider than the panel on its own shrinks to it (its label ends in an ellipsis), never past the edge.
    for (const item of within(list).getAllByRole('listitem')) expect(item).toHaveStyle({ maxWidth: '100%', minWidth: '0' });
    expect(within(list).getByRole('button', { name: 'Email a***@example.com' })).toHaveStyle({ maxWidth: '100%' });
    const names = [];
    for (let i = 0; i < 3; i++) {
      await user.tab();
      names.push(document.activeElement?.textContent);
    }
    expect(names).toEqual(['Call 138****8000', 'Email a***@example.com', 'Chat Visitor 42']);
  });
});
