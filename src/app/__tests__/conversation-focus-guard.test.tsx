import { act, render, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { conversationKeys } from '@/features/conversations/api/conversation-keys';
import { ApiError } from '@/lib/api-error';
import { ConversationFocusGuard } from '../conversations/conversation-workspace';

const navigate = vi.hoisted(() => vi.fn());
vi.mock('@/lib/router/router', () => ({ navigate }));
vi.mock('@/lib/api-client', () => ({
  api: vi.fn(async () => {
    throw new ApiError({ status: 404, code: 'not_found', endpointId: 'conversations.get', message: 'gone' });
  }),
}));

const summary = (conversationId: string) => ({ conversationId, openedAt: '2026-11-30T08:00:00.000Z' }) as ConversationSummary;

describe('ConversationFocusGuard', () => {
  it('moves on to the next tab when the conversation on screen is taken away (not a 404)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(conversationKeys.open(), [summary('cv1'), summary('cv2')]);
    render(
      <QueryClientProvider client={client}>
        <ConversationFocusGuard conversationId="cv1" />
      </QueryClientProvider>,
    );
    // Transferred to someone else: it leaves this agent's open conversations, and the server says 404.
    act(() => client.setQueryData(conversationKeys.open(), [summary('cv2')]));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/conversations/cv2', { replace: true }));
  });
});
