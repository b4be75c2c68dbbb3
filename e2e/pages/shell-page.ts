import { expect, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What the agent-state button shows before its timer: a status, and for Not ready why ("Not ready · Meal"). */
const anyState = '(Ready|Not ready|After-call work|Busy|Offline)( · [^,]+)?';
const timer = '\\d+:\\d\\d(:\\d\\d)?';

/**
 * The top bar (en). Buttons are found as a person finds them, by what they show; their names start with it:
 * - agent state: "Not ready · Just signed in, 00:12 — change state" (the state, its timer, then what it does);
 * - account: "张伟 · 861001 — account menu" (who is signed in, then what it opens).
 */
export class ShellPage {
  constructor(private readonly page: Page) {}

  /** The agent-state button showing `shown` ("Ready", "Not ready · Meal"), or showing any state. */
  agentStateButton(shown?: string) {
    const state = shown ? escapeRegExp(shown) : anyState;
    return this.page.getByRole('button', { name: new RegExp(`^${state}, ${timer} — change state$`) });
  }

  /** The time in the current state, shown inside the agent-state button. */
  stateTimer() {
    return this.agentStateButton().getByText(new RegExp(`^${timer}$`));
  }

  async setState(item: string) {
    await this.agentStateButton().click();
    await this.page.getByRole('menu', { name: 'Change agent state' }).getByRole('menuitem', { name: item, exact: true }).click();
  }

  async expectState(shown: string) {
    await expect(this.agentStateButton()).toHaveAccessibleName(new RegExp(`^${escapeRegExp(shown)}, ${timer} — change state$`));
  }

  /** The account button, found by the signed-in person's name ("张伟 · 861001"). */
  accountButton(displayName: string) {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(displayName)} · \\d+`) });
  }

  async signOut(displayName: string) {
    await this.accountButton(displayName).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(this.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  }

  async openPreferences() {
    await this.page.getByRole('button', { name: /Display and language|显示与语言|顯示與語言/ }).click();
  }

  async chooseLanguage(name: '简体中文' | '繁體中文' | 'English') {
    await this.openPreferences();
    await this.page.getByRole('menuitemradio', { name }).click();
    await this.page.keyboard.press('Escape');
  }

  async chooseTheme(name: string) {
    await this.openPreferences();
    await this.page.getByRole('menuitemradio', { name }).click();
    await this.page.keyboard.press('Escape');
  }

  navigation() {
    return this.page.getByRole('navigation');
  }
}
