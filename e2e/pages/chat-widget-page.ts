import { expect, type Page } from '@playwright/test';
import { expectTranscript } from './expect-transcript';

/** The customer's web chat widget (/widget/), in English, found by role and name as a customer would. */
export class ChatWidgetPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/widget/');
    await expect(this.page.getByRole('button', { name: 'Start chat' })).toBeVisible({ timeout: 15_000 });
  }

  /** The language switch at the widget's top, named in the language shown ("Language", "语言", "語言"). */
  languageSwitch() {
    return this.page.getByRole('combobox', { name: /^(Language|语言|語言)$/ });
  }

  async chooseLanguage(locale: 'zh-CN' | 'zh-TW' | 'en') {
    await this.languageSwitch().selectOption(locale);
  }

  async leave() {
    await this.page.getByRole('button', { name: 'End chat' }).click();
    await expect(this.page.getByRole('button', { name: 'Start a new chat' })).toBeVisible();
  }

  /** Starts a chat as `who` (a name, or a known customer's number) with a first message. */
  async start(who: string, text: string) {
    await this.page.getByRole('textbox', { name: 'Your name or phone number' }).fill(who);
    await this.page.getByRole('textbox', { name: 'How can we help?' }).fill(text);
    await this.page.getByRole('button', { name: 'Start chat' }).click();
    await expect(this.composer()).toBeVisible({ timeout: 15_000 });
  }

  thread() {
    return this.page.getByRole('log', { name: 'Conversation' });
  }

  composer() {
    return this.page.getByRole('textbox', { name: 'Message' });
  }

  async send(text: string) {
    await this.composer().fill(text);
    await this.composer().press('Enter');
    await expect(this.composer()).toHaveValue('');
  }

  async attach(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Send an image').setInputFiles(file);
  }

  /** The connection line: empty while connected. */
  connection() {
    return this.page.getByRole('status').filter({ hasText: /Connecting|Reconnecting|offline/ });
  }

  agentTyping() {
    return this.page.getByRole('status').filter({ hasText: 'The agent is typing…' });
  }

  async expectTranscript(texts: readonly string[]) {
    await expectTranscript(this.thread(), texts);
  }
}
