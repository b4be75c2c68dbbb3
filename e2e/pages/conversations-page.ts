import { expect, type Page } from '@playwright/test';
import { expectTranscript } from './expect-transcript';

/** The agent's conversation workspace (en): offers, tabs, the open conversation's thread and composer. */
export class ConversationsPage {
  constructor(readonly page: Page) {}

  /** Accepts the offered conversation of this channel from `who` (as the offer names the customer). */
  async acceptOffer(channel: 'Chat' | 'SMS' | 'Email' | 'Social', who: string | RegExp) {
    const name = typeof who === 'string' ? `Accept ${channel} from ${who}` : new RegExp(`^Accept ${channel} from ${who.source}`);
    const accept = this.page.getByRole('button', { name });
    await expect(accept).toBeVisible({ timeout: 30_000 });
    await accept.click();
  }

  tab(who: string | RegExp) {
    return this.page.getByRole('tablist', { name: 'Open conversations' }).getByRole('tab', { name: who });
  }

  async openTab(who: string | RegExp) {
    await this.tab(who).click();
    await expect(this.tab(who)).toHaveAttribute('aria-selected', 'true');
  }

  /** The open conversation's thread. */
  thread() {
    return this.page.getByRole('tabpanel').getByRole('log').first();
  }

  composer(channel: 'Chat' | 'SMS' | 'Email' | 'Social' = 'Chat') {
    return this.page.getByRole('textbox', { name: `Reply by ${channel}` });
  }

  /** Types as the agent does (the customer sees the typing) and sends with Enter. */
  async reply(text: string) {
    await this.composer().pressSequentially(text.slice(0, 3));
    await this.composer().fill(text);
    await this.composer().press('Enter');
    await expect(this.composer()).toHaveValue('');
  }

  async expectTranscript(texts: readonly string[]) {
    await expectTranscript(this.thread(), texts);
  }
}
