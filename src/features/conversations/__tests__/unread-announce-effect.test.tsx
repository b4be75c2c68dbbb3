import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { conversationKeys } from '../api/conversation-keys';
import { UnreadAnnounceEffect } from '../components/unread-announce-effect';
import '../conversations-locales';
import { conversation } from './conversation-fixtures';
import { renderWithQuery } from './render-with-query';

describe('UnreadAnnounceEffect', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    document.body.innerHTML = '<div id="live-polite"></div>';
  });

  it('says a new customer message in a conversation not on screen, and nothing for the one on screen', async () => {
    const live = document.getElementById('live-polite')!;
    const { client } = renderWithQuery(<UnreadAnnounceEffect activeId="a" />, (c) =>
      c.setQueryData(conversationKeys.open(), [conversation({ conversationId: 'a', title: '王芳' }), conversation({ conversationId: 'b', title: 'Li Lei' })]),
    );
    act(() => client.setQueryData(conversationKeys.open(), [conversation({ conversationId: 'a', title: '王芳', unread: 1 }), conversation({ conversationId: 'b', title: 'Li Lei' })]));
    await new Promise((r) => setTimeout(r, 100));
    expect(live).toHaveTextContent('');
    act(() => client.setQueryData(conversationKeys.open(), [conversation({ conversationId: 'a', title: '王芳', unread: 1 }), conversation({ conversationId: 'b', title: 'Li Lei', unread: 1 })]));
    await waitFor(() => expect(live).toHaveTextContent('New message: Li Lei'));
  });
});
