import { expect, type Page } from '@playwright/test';
import { testApi } from './test-api';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The conversation workspace (en): offers, the open conversations as tabs, the active one's thread and
 * composer. The customer's side is driven through the contract's scenario endpoints.
 */
export class ConversationsPage {
  constructor(private readonly page: Page) {}

  get tabs() {
    return this.page.getByRole('tablist', { name: 'Open conversations' });
  }

  tab(who: string) {
    return this.tabs.getByRole('tab', { name: new RegExp(`^${escapeRegExp(who)}(\\s|,|$)`) });
  }

  get thread() {
    return this.page.getByRole('tabpanel').getByRole('log');
  }

  composer(channel = 'Chat') {
    return this.page.getByRole('textbox', { name: `Reply by ${channel}` });
  }

  /** A customer starts a chat (or another channel); routing offers it to the Ready agent. */
  async customerWritesIn(from: string, text: string, channel: 'chat' | 'sms' | 'email' | 'social' = 'chat'): Promise<string> {
    const { conversationId } = await testApi<{ conversationId: string }>(this.page, 'POST', '/api/test/conversations', { channel, from, text, customerId: null });
    return conversationId;
  }

  async customerWrites(conversationId: string, text: string) {
    await testApi(this.page, 'POST', `/api/test/conversations/${encodeURIComponent(conversationId)}/customer-messages`, { text });
  }

  /** The next `times` sends answer 500. */
  async failNextSend(times = 1) {
    await testApi(this.page, 'POST', '/api/test/faults', { endpointId: 'conversations.send', status: 500, times });
  }

  async accept(who: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Accept .+ from ${escapeRegExp(who)}$`) }).click({ timeout: 15_000 });
    await expect(this.tab(who)).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
  }

  async reply(text: string, channel = 'Chat') {
    const box = this.composer(channel);
    await box.fill(text);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }

  /** A text in the open thread, exactly once (a message, not a copy left in the outbox). */
  async expectOnce(text: string, timeout = 15_000) {
    await expect(this.thread.getByText(text)).toHaveCount(1, { timeout });
  }

  async expectSelected(who: string) {
    await expect(this.tab(who)).toHaveAttribute('aria-selected', 'true');
  }
}
