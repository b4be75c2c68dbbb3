import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { markReadUpTo } from '../api/typing-and-read';
import { usePending } from '../hooks/use-pending';
import type { TemplateVariables } from './canned-picker';
import { useCloseRequestStore } from '../stores/close-request-store';
import { useTypingStore } from '../stores/typing-store';
import { ChannelIcon } from './channel-icon';
import { Composer } from './composer';
import { WaitingTimer } from './waiting-timer';
import { ConversationThread } from '../thread/components/conversation-thread';

export interface ActiveConversationProps {
  conversation: ConversationSummary;
  variables: TemplateVariables;
}

/** The conversation on screen: who and where, the thread, the reply box; Close asks for a disposition. */
export function ActiveConversation({ conversation, variables }: ActiveConversationProps) {
  const { t } = useTranslation('conversations');
  const queryClient = useQueryClient();
  const { conversationId } = conversation;
  const pending = usePending(conversationId);
  const typing = useTypingStore((s) => !!s.customerTyping[conversationId]);
  const composerRef = useRef<HTMLTextAreaElement | null>(null);
  const open = conversation.status !== 'closed';

  // On screen and in front: what the customer wrote is read.
  useEffect(() => {
    if (!open || conversation.unread === 0) return;
    const read = () => {
      if (document.visibilityState === 'visible') void markReadUpTo(queryClient, conversationId, conversation.lastSeq);
    };
    read();
    document.addEventListener('visibilitychange', read);
    return () => document.removeEventListener('visibilitychange', read);
  }, [open, conversation.unread, conversation.lastSeq, conversationId, queryClient]);

  // Opening a conversation (an accepted offer, a tab picked by mouse) leaves focus nowhere: put it in the
  // reply box. Focus that is somewhere (the composer, the tabs, a dialog) is never taken.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) composerRef.current?.focus({ preventScroll: true });
  }, [conversationId]);

  const headerId = `conversation-${conversationId}-title`;
  return (
    <Box id="conversation-panel" role="tabpanel" aria-labelledby={headerId} sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', minHeight: 44, flexWrap: 'wrap' }}>
        <ChannelIcon channel={conversation.channel} fontSize="small" sx={{ color: 'text.secondary' }} />
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography id={headerId} component="h3" variant="subtitle2" noWrap sx={{ fontWeight: 700 }}>
            {t('header.title', { channel: t(`channel.${conversation.channel}`), who: conversation.title })}
          </Typography>
          {conversation.subject && (
            <Typography variant="caption" color="text.secondary" noWrap component="p">
              {conversation.subject}
            </Typography>
          )}
        </Box>
        <Typography variant="caption" aria-live="polite" sx={{ fontStyle: 'italic', color: 'text.secondary', minWidth: 0 }}>
          {typing ? t('header.typing') : ''}
        </Typography>
        {!conversation.customerPresent && open && <Chip size="small" color="warning" variant="outlined" label={t('header.customer_left')} />}
        {!open && <Chip size="small" label={t('header.closed')} />}
        {open && <WaitingTimer since={conversation.waitingSince} amberAfterSec={conversation.amberAfterSec} redAfterSec={conversation.redAfterSec} />}
        {open && (
          <Button size="small" variant="outlined" startIcon={<CheckCircleOutline fontSize="small" />} onClick={() => useCloseRequestStore.getState().request(conversationId)}>
            {t('header.close')}
          </Button>
        )}
      </Box>
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <ConversationThread conversationId={conversationId} pending={pending} label={t('header.thread', { who: conversation.title })} />
      </Box>
      {open && <Composer conversation={conversation} variables={variables} inputRef={composerRef} />}
    </Box>
  );
}
