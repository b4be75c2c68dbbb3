import { expect, type Locator, type Page } from '@playwright/test';
import { maskNumber } from '@/domain/mask-pii';

/**
 * Page object for the softphone (top-bar status + the softphone panel). English accessible names
 * (localStorage `zuoxi.locale` = 'en'). Used by the mock-mode spec (fake port) and the voice specs
 * (real sip.js adapter against Kamailio), so both drive the UI the same way.
 *
 * Accessible names (en):
 * - top bar: role=status named "Phone: registered" | "Phone: registering" | "Phone: not registered" |
 *   "Phone: registration failed"; a tab that mirrors another tab's phone appends " (another tab)".
 * - panel: region "Softphone".
 *   - incoming: region "Incoming call" (caller number masked: 138****8000; "Intent: <label>", "Queue: <name>",
 *     "Verified"), buttons "Answer", "Reject".
 *   - current call: region "Current call" (the number masked, an extension as it is; "Conference with <numbers
 *     masked>"); timer role=timer "Call duration"; state text
 *     "Calling…" | "Ringing…" | "Connected" | "Holding…" | "On hold" | "Resuming…";
 *     buttons "Hold"/"Resume", "Mute"/"Unmute", "Keypad" (aria-expanded), "Hang up";
 *     DTMF group "Keypad" with buttons "1".."9", "*", "0", "#";
 *     textbox "Transfer target", buttons "Transfer" (blind) and "Consult".
 *   - consult leg: region "Consult call" (the number masked), buttons "Complete transfer", "Cancel consult", "Conference".
 *   - call waiting: region "Call on hold" (the number masked), buttons "Resume", "Hang up".
 *   - call quality: role=img named "Call quality: good|fair|poor|unknown"; alert "One-way audio…" when stalled.
 *   - idle: textbox "Phone number", button "Call", group "Dial pad".
 *   - recent calls: list "Recent calls"; each item shows the number masked and has button "Redial <number masked>"
 *     (Redial dials the whole number).
 *   - settings: comboboxes "Microphone", "Speaker", "Ringer"; buttons "Test microphone", "Test speaker",
 *     "Test ringer"; switches "Auto-answer", "Always show desktop notifications".
 *   - problems (microphone, credentials, transfer failures): role=alert inside the panel.
 */
export class SoftphonePage {
  readonly page: Page;
  readonly status: Locator;
  readonly panel: Locator;
  readonly incoming: Locator;
  readonly currentCall: Locator;
  readonly consultCall: Locator;
  readonly numberInput: Locator;
  readonly callButton: Locator;
  readonly recentCalls: Locator;
  readonly timer: Locator;
  readonly quality: Locator;
  readonly alerts: Locator;
  readonly transferTarget: Locator;
  readonly autoAnswer: Locator;

  constructor(page: Page) {
    this.page = page;
    this.status = page.getByRole('status', { name: /^Phone:/ });
    this.panel = page.getByRole('region', { name: 'Softphone' });
    this.incoming = this.panel.getByRole('region', { name: 'Incoming call' });
    this.currentCall = this.panel.getByRole('region', { name: 'Current call' });
    this.consultCall = this.panel.getByRole('region', { name: 'Consult call' });
    this.numberInput = this.panel.getByRole('textbox', { name: 'Phone number' });
    this.callButton = this.panel.getByRole('button', { name: 'Call', exact: true });
    this.recentCalls = this.panel.getByRole('list', { name: 'Recent calls' });
    this.timer = this.currentCall.getByRole('timer', { name: 'Call duration' });
    this.quality = this.currentCall.getByRole('img', { name: /^Call quality:/ });
    this.alerts = this.panel.getByRole('alert');
    this.transferTarget = this.currentCall.getByRole('textbox', { name: 'Transfer target' });
    this.autoAnswer = this.panel.getByRole('switch', { name: 'Auto-answer' });
  }

  button(name: string, scope: Locator = this.panel): Locator {
    return scope.getByRole('button', { name, exact: true });
  }

  async expectRegistered(timeout = 10_000): Promise<void> {
    await expect(this.status).toHaveAccessibleName(/^Phone: registered/, { timeout });
  }

  async expectRegistration(text: 'registered' | 'registering' | 'not registered' | 'registration failed', timeout = 10_000) {
    await expect(this.status).toHaveAccessibleName(new RegExp(`^Phone: ${text}`), { timeout });
  }

  /** A call from `from` rings: the card shows the number masked, never whole (a service number is not masked). */
  // 20 s: an INVITE through Kamailio into a loaded browser took longer than 10 s once, with three test runs on two cores.
  async expectRinging(from: string, timeout = 20_000): Promise<void> {
    await expect(this.incoming).toBeVisible({ timeout });
    const masked = maskNumber(from);
    await expect(this.incoming).toContainText(masked);
    if (masked !== from) await expect(this.incoming).not.toContainText(from);
  }

  /** The current call is with `number`: shown masked, never whole (an extension or service number as it is). */
  async expectCurrentCall(number: string): Promise<void> {
    const masked = maskNumber(number);
    await expect(this.currentCall).toContainText(masked);
    if (masked !== number) await expect(this.currentCall).not.toContainText(number);
  }

  async answer(): Promise<void> {
    await this.button('Answer', this.incoming).click();
    await expect(this.currentCall).toContainText('Connected');
  }

  async reject(): Promise<void> {
    await this.button('Reject', this.incoming).click();
    await expect(this.incoming).toHaveCount(0);
  }

  async hangUp(): Promise<void> {
    await this.button('Hang up', this.currentCall).click();
    await expect(this.currentCall).toHaveCount(0);
  }

  async hold(): Promise<void> {
    await this.button('Hold', this.currentCall).click();
    await expect(this.button('Resume', this.currentCall)).toBeVisible();
  }

  async resume(): Promise<void> {
    await this.button('Resume', this.currentCall).click();
    await expect(this.button('Hold', this.currentCall)).toBeVisible();
  }

  async mute(): Promise<void> {
    await this.button('Mute', this.currentCall).click();
    await expect(this.button('Unmute', this.currentCall)).toBeVisible();
  }

  async unmute(): Promise<void> {
    await this.button('Unmute', this.currentCall).click();
    await expect(this.button('Mute', this.currentCall)).toBeVisible();
  }

  /** Opens the in-call keypad (if closed) and presses each tone. */
  async sendDtmf(tones: string): Promise<void> {
    const keypad = this.currentCall.getByRole('group', { name: 'Keypad' });
    if (!(await keypad.isVisible())) await this.button('Keypad', this.currentCall).click();
    for (const tone of tones) await keypad.getByRole('button', { name: tone, exact: true }).click();
  }

  async dial(number: string): Promise<void> {
    await this.numberInput.fill(number);
    await this.callButton.click();
    await expect(this.currentCall).toBeVisible();
  }

  async transferBlind(target: string): Promise<void> {
    await this.transferTarget.fill(target);
    await this.button('Transfer', this.currentCall).click();
  }

  async consult(target: string): Promise<void> {
    await this.transferTarget.fill(target);
    await this.button('Consult', this.currentCall).click();
    await expect(this.consultCall).toBeVisible();
  }

  async completeTransfer(): Promise<void> {
    await this.button('Complete transfer', this.consultCall).click();
  }

  async cancelConsult(): Promise<void> {
    await this.button('Cancel consult', this.consultCall).click();
    await expect(this.consultCall).toHaveCount(0);
  }

  async conference(): Promise<void> {
    await this.button('Conference', this.consultCall).click();
  }

  /** The recent calls with `number`, found by the masked number they show (138****8000). */
  recentCall(number: string): Locator {
    return this.recentCalls.getByRole('listitem').filter({ hasText: maskNumber(number) });
  }

  /** Redials `number` by its button, named with the number masked ("Redial 138****8000"). */
  async redial(number: string): Promise<void> {
    await this.recentCalls.getByRole('button', { name: `Redial ${maskNumber(number)}` }).first().click();
    await expect(this.currentCall).toBeVisible();
  }
}
