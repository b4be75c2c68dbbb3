import { createElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addLocaleBundles, i18n } from '@/lib/i18n';
import { getMockDb } from '@mocks/core/mock-db';
import { mockControls } from '@mocks/mock-controls';
import { ConversationsPanelSection } from './panel-section';

// The dev panel's namespace ships with the mock-only panel, not with the app's bundles.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../src/locales/*/dev.json', { eager: true, import: 'default' }));

describe('conversations panel section', () => {
  beforeEach(() => mockControls.reset());

  it('writes in as a customer, writes again in that conversation, and reports each step', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const reports: string[] = [];
    const run = (action: () => unknown, done: string) => {
      action();
      reports.push(done);
    };
    render(createElement(ConversationsPanelSection, { run, report: (message: string) => reports.push(message) }));
    await user.click(screen.getByRole('button', { name: 'Write in' }));
    const [live] = mockControls.listLiveConversations();
    expect(live).toMatchObject({ channel: 'chat', status: 'queued' });
    await user.click(screen.getByRole('button', { name: 'Customer writes' }));
    expect(getMockDb().conversations.threads.get(live!.conversationId)?.map((m) => m.author)).toEqual(['customer', 'customer']);
    expect(reports).toEqual(['Conversation started; it is offered to a Ready seat with room', 'Customer message sent']);
  });
});
