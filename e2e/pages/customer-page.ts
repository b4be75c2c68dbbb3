import { expect, type Locator, type Page } from '@playwright/test';
import { maskContactPoint } from '@/domain/mask-pii';

/**
 * Page object for the customer view in the workspace's context panel, its screen pop and the customer
 * search (en). Nothing here depends on mock mode: the same calls drive the desktop against the BFF.
 *
 * Accessible names (en):
 * - the customer: region "Customer <name>"; the name a level-3 heading; risk flags list "Risk flags",
 *   tags list "Tags"; the money strip (balance, arrears, credit); group "Identity and contact details".
 * - sections: regions "Accounts", "Numbers and plans", "Contact history", "Tickets", "Orders",
 *   "Evaluations", "Marketing"; each title a button (aria-expanded) that folds it; buttons
 *   "Move <section> up" / "Move <section> down"; while loading a progressbar "Loading <section>"; on failure an
 *   alert "<section> could not load." with a "Retry" button.
 * - the contact in hand: region "Current contact" ("Call from <from masked>", "Intent: <label>"), its form "Check identity" (combobox "Check",
 *   textbox "Answer", button "Verify"), button "Unlink".
 * - several customers: heading "Several customers use <from masked>", one button per customer (its name first).
 * - several contacts in hand: list "Contacts in hand", one button per contact ("Call 138****8000").
 * - nobody: heading "Unknown caller <from masked>" ("Unknown sender", "Unknown email address", "Unknown visitor"
 *   for the other channels), searchbox "Search by number, name, ID or account", buttons "Link <name>".
 * - masked values: buttons "Reveal <field>" (number, ID number, address, bank account, email); dialog
 *   "Reveal <field>" with textbox "Reason" and button "Reveal"; then a timer "<field> masks again in N seconds".
 * - search: button "Search customers" in the top bar, Ctrl+K or "/", dialog "Find a customer", combobox
 *   "Number, name, ID number or account", listbox "Customers found".
 */
export class CustomerPage {
  readonly page: Page;
  readonly contextPanel: Locator;
  readonly contactBar: Locator;
  readonly identityForm: Locator;
  readonly details: Locator;

  constructor(page: Page) {
    this.page = page;
    this.contextPanel = page.locator('#context-area');
    this.contactBar = page.getByRole('region', { name: 'Current contact' });
    this.identityForm = page.getByRole('form', { name: 'Check identity' });
    this.details = page.getByRole('group', { name: 'Identity and contact details' });
  }

  /** The customer region, of one customer or of whoever is shown. */
  customer(name?: string): Locator {
    return this.page.getByRole('region', { name: name ? `Customer ${name}` : /^Customer / });
  }

  /** The header's name: what the agent reads first. */
  header(name: string): Locator {
    return this.customer(name).getByRole('heading', { level: 3, name });
  }

  async expectCustomer(name: string, timeout = 10_000): Promise<void> {
    await expect(this.header(name)).toBeVisible({ timeout });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  riskFlags(): Locator {
    return this.page.getByRole('list', { name: 'Risk flags' });
  }

  moneyStrip(): Locator {
    return this.page.getByTestId('money-strip');
  }

  /** The heading over the customers one number or address leads to: masked (187****8323). */
  picker(from: string): Locator {
    return this.page.getByRole('heading', { name: `Several customers use ${maskContactPoint(from)}` });
  }

  async pick(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await this.expectCustomer(name);
  }

  /** The heading over the search for a caller nobody is known by: their number masked (138****8000). */
  unknownCaller(from: string): Locator {
    return this.page.getByRole('heading', { name: `Unknown caller ${maskContactPoint(from)}` });
  }

  async linkUnknownCaller(query: string, name: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search by number, name, ID or account' }).fill(query);
    await this.page.getByRole('button', { name: `Link ${name}` }).click();
    await this.expectCustomer(name);
  }

  revealButton(field: string): Locator {
    return this.page.getByRole('button', { name: `Reveal ${field}`, exact: true });
  }

  /** Reveals a masked value with a reason; resolves once the value shows with its countdown. */
  async reveal(field: string, reason: string): Promise<void> {
    await this.revealButton(field).first().click();
    const dialog = this.page.getByRole('dialog', { name: `Reveal ${field}` });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(reason);
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.countdown(field)).toBeVisible();
  }

  countdown(field: string): Locator {
    return this.page.getByRole('timer', { name: new RegExp(`^${field} masks again in \\d+ seconds$`) });
  }

  async verify(method: 'ID last 4' | 'Bill amount', answer: string): Promise<void> {
    const form = this.identityForm;
    if (method !== 'ID last 4') {
      await form.getByRole('combobox', { name: 'Check' }).click();
      await this.page.getByRole('option', { name: method }).click();
    }
    await form.getByRole('textbox', { name: 'Answer' }).fill(answer);
    await form.getByRole('button', { name: 'Verify' }).click();
  }

  /** Opens the search with its shortcut, once the shell (which listens for it) is there. */
  async openSearch(): Promise<Locator> {
    await expect(this.page.getByRole('banner').getByRole('button', { name: 'Search customers' })).toBeVisible({ timeout: 15_000 });
    await this.page.keyboard.press('Control+k');
    const dialog = this.page.getByRole('dialog', { name: 'Find a customer' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async search(query: string, name: string): Promise<void> {
    const dialog = await this.openSearch();
    await dialog.getByRole('combobox', { name: /^Number, name, ID number or account/ }).fill(query);
    await dialog.getByRole('option', { name: new RegExp(name) }).first().click();
    await this.expectCustomer(name);
  }
}
