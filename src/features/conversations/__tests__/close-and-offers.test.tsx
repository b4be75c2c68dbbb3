import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConversationOffer } from '@/contract/schemas/conversation';
import { i18n } from '@/lib/i18n';
import { conversationKeys } from '../api/conversation-keys';
import { CloseConversationHost } from '../components/close-conversation-host';
import { OfferCard } from '../components/offer-card';
import { useCloseRequestStore } from '../stores/close-request-store';
import { useDraftsStore } from '../stores/drafts-store';
import '../conversations-locales';
import { conversation } from './conversation-fixtures';
import { renderWithQuery } from './render-with-query';

vi.mock('../stores/persistence', async () => ({ agentStore: (await import('./memory-persistence')).memoryAgentStore }));
const api = vi.hoisted(() => vi.fn());
vi.mock('@/lib/api-client', () => ({ api }));

const dispositions = [
  { code: 'resolved', labels: { 'zh-CN': '已解决', 'zh-TW': '已解決', en: 'Resolved' } },
  { code: 'follow_up', labels: { 'zh-CN': '需跟进', 'zh-TW': '需跟進', en: 'Follow-up needed' } },
];

describe('closing a conversation', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    api.mockReset();
    useDraftsStore.getState().reset();
    await useDraftsStore.getState().hydrate('agent-1');
  });
  afterEach(() => useCloseRequestStore.getState().cancel());

  function setup() {
    const onClosed = vi.fn();
    renderWithQuery(<CloseConversationHost agentId="agent-1" onClosed={onClosed} />, (c) => {
      c.setQueryData(conversationKeys.open(), [conversation()]);
      c.setQueryData(conversationKeys.dispositions(), dispositions);
    });
    return { onClosed };
  }

  it('asks before discarding an unsent draft, then closes with a disposition from the server’s list', async () => {
    useDraftsStore.getState().update('cv1', { text: 'half an answer' });
    const { onClosed } = setup();
    useCloseRequestStore.getState().request('cv1');
    const dialog = await screen.findByRole('dialog', { name: 'Close the conversation with 王芳' });
    expect(dialog).toHaveTextContent('There is text or a message not sent yet. Closing discards it.');
    fireEvent.click(screen.getByRole('button', { name: 'Discard and close' }));

    const close = screen.getByRole('button', { name: 'Close conversation' });
    expect(close).toBeDisabled();
    fireEvent.click(screen.getByRole('radio', { name: 'Follow-up needed' }));
    api.mockResolvedValueOnce(conversation({ status: 'closed', disposition: 'follow_up' }));
    fireEvent.click(close);
    await waitFor(() => expect(onClosed).toHaveBeenCalledWith('cv1'));
    expect(api.mock.calls[0]![1]).toMatchObject({ params: { conversationId: 'cv1' }, body: { disposition: 'follow_up' } });
    expect(useDraftsStore.getState().drafts.cv1).toBeUndefined();
  });

  it('keeps the draft when the agent chooses to keep writing', async () => {
    useDraftsStore.getState().update('cv1', { text: 'half an answer' });
    setup();
    useCloseRequestStore.getState().request('cv1');
    fireEvent.click(await screen.findByRole('button', { name: 'Keep writing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(useDraftsStore.getState().drafts.cv1?.text).toBe('half an answer');
  });
});

describe('an offer', () => {
  const offer: ConversationOffer = {
    offerId: 'o1',
    conversationId: 'cv9',
    channel: 'sms',
    queueId: 'q1',
    queueName: 'Billing',
    waitingSince: new Date(Date.now() - 42_000).toISOString(),
    customer: { customerId: 'c1', name: '刘丽', level: 'gold', fromMasked: '138****0000' },
    preview: '我的话费怎么多扣了？',
    expiresAt: new Date(Date.now() + 20_000).toISOString(),
  };

  it('shows channel, customer, queue and wait, and declines with a reason', async () => {
    await i18n.changeLanguage('en');
    const onAccept = vi.fn();
    const onReject = vi.fn();
    renderWithQuery(<OfferCard offer={offer} busy={false} error={null} onAccept={onAccept} onReject={onReject} />);
    const card = screen.getByRole('article', { name: 'SMS · 刘丽' });
    expect(card).toHaveTextContent('Billing · 138****0000 · Gold');
    expect(card).toHaveTextContent(/Waiting 00:4\d/);
    expect(card).toHaveTextContent('我的话费怎么多扣了？');
    fireEvent.click(screen.getByRole('button', { name: 'Accept SMS from 刘丽' }));
    expect(onAccept).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Decline SMS from 刘丽' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Language' }));
    expect(onReject).toHaveBeenCalledWith('language');
  });

  it('names a queue the desktop knows in the agent’s language, not as the centre spelled it', async () => {
    await i18n.changeLanguage('en');
    renderWithQuery(<OfferCard offer={{ ...offer, queueId: 'q-cn-general', queueName: '热线普通台席' }} busy={false} error={null} onAccept={vi.fn()} onReject={vi.fn()} />);
    expect(screen.getByRole('article', { name: 'SMS · 刘丽' })).toHaveTextContent('Hotline (general) · 138****0000');
  });
});
