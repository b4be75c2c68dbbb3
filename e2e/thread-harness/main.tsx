import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { i18n } from '@/lib/i18n';
import { createAppTheme } from '@/app/create-app-theme';
import { threadMessagesKey } from '@/features/conversations/thread/api/get-thread-messages';
import { attachmentQueryOptions } from '@/features/conversations/thread/api/get-attachment';
import { insertThreadMessage } from '@/features/conversations/thread/api/apply-message-event';
import { ConversationThread } from '@/features/conversations/thread/components/conversation-thread';
import { makeMessage } from '@/features/conversations/thread/testing/thread-fixtures';
import type { ThreadData } from '@/features/conversations/thread/lib/thread-pages';
import { PIXEL_PNG, scenario } from './harness-scenarios';

// ?scenario=xss|showcase|big|paged&n=10000&lng=en&height=800&theme=light&mount=manual
const params = new URLSearchParams(location.search);
const conversationId = 'conv-1';
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
const { data, pending } = scenario(params.get('scenario') ?? 'big', params);
// "paged": nothing seeded, the thread asks the API for its pages (the test answers them).
if (params.get('scenario') !== 'paged') queryClient.setQueryData(threadMessagesKey(conversationId), data);
for (const id of ['att-photo', 'att-bill']) {
  queryClient.setQueryData(attachmentQueryOptions(id).queryKey, { attachment: { attachmentId: id, name: id, mime: 'image/png', size: 70 }, dataBase64: PIXEL_PNG });
}
void i18n.changeLanguage(params.get('lng') ?? 'en');
const theme = createAppTheme(params.get('theme') === 'dark' ? 'dark' : 'light', 'compact', 100);
const height = Number(params.get('height') ?? 800);

let setShown: ((shown: boolean) => void) | null = null;

function Harness() {
  const [mounted, setMounted] = useState(params.get('mount') !== 'manual');
  setShown = setMounted;
  return (
    <div style={{ height, width: 720, display: 'flex', flexDirection: 'column', border: '1px solid #ccd' }}>
      {mounted && <ConversationThread conversationId={conversationId} pending={pending} label="Messages with 王芳" />}
    </div>
  );
}

declare global {
  interface Window {
    __thread: { mount: () => void; unmount: () => void; append: (text: string) => number; queryClient: QueryClient };
  }
}
window.__thread = {
  mount: () => setShown?.(true),
  unmount: () => setShown?.(false),
  /** A customer message arrives (as the realtime handler would put it in the cache); returns its seq. */
  append: (text) => {
    const seq = (queryClient.getQueryData<ThreadData>(threadMessagesKey(conversationId))?.pages[0]?.items.at(-1)?.seq ?? 0) + 1;
    insertThreadMessage(queryClient, makeMessage(seq, { kind: 'text', text }, { conversationId, messageId: `live-${seq}`, author: 'customer', at: new Date().toISOString() }));
    return seq;
  },
  queryClient,
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <Harness />
      </ThemeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
