import { expect, type Page } from '@playwright/test';

export class ShellPage {
  constructor(private readonly page: Page) {}

  agentStateButton() {
    return this.page.getByRole('button', { name: /^Agent state:/ });
  }

  async setState(item: string) {
    await this.agentStateButton().click();
    await this.page.getByRole('menu', { name: 'Change agent state' }).getByRole('menuitem', { name: item, exact: true }).click();
  }

  async expectState(label: string) {
    await expect(this.agentStateButton()).toHaveAccessibleName(`Agent state: ${label}. Change state`);
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
