import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The team lead's supervisor area (en). The agent board is virtualized: only the rows in view exist, so a
 * seat's row is found by scrolling its region from the keyboard, as a person would page through it.
 */
export class SupervisorPage {
  readonly agents: Locator;
  readonly queues: Locator;

  constructor(private readonly page: Page) {
    this.agents = page.getByRole('table', { name: 'Agent states' });
    this.queues = page.getByRole('table', { name: 'Live queues' });
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
    await expect(this.page).toHaveURL(/\/supervisor$/);
    await expect(this.agents.getByRole('row').nth(1)).toBeVisible();
  }

  /** The scrolling region around the board, named by its heading ("Agents (36)"). */
  agentsRegion() {
    return this.page.getByRole('group', { name: /^Agents \(\d+\)$/ });
  }

  /** The board's row of the seat whose name cell shows `displayName`, as a locator (it may not be rendered). */
  agentRow(displayName: string) {
    return this.agents.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: displayName, exact: true }) });
  }

  /** Scrolls the board from the top, a page at a time, until the seat's row is rendered; returns it. */
  async findAgentRow(displayName: string, maxPages = 100): Promise<Locator> {
    const row = this.agentRow(displayName);
    if ((await row.count()) > 0) return row;
    const region = this.agentsRegion();
    await region.focus();
    await this.page.keyboard.press('Home');
    const atBottom = () => region.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
    for (let i = 0; i < maxPages && (await row.count()) === 0 && !(await atBottom()); i += 1) {
      const before = await region.evaluate((el) => el.scrollTop);
      await this.page.keyboard.press('PageDown');
      // The scroll lands (and the new page's rows render) before the next look.
      await expect.poll(() => region.evaluate((el) => el.scrollTop)).not.toBe(before);
    }
    await expect(row).toHaveCount(1);
    return row;
  }

  /** The cell of a seat's row that shows `state` ("Ready", "Not ready · Meal"), whole. */
  stateCell(row: Locator, state: string) {
    return row.getByRole('cell', { name: state, exact: true });
  }
}
