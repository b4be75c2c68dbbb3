import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { ConversationChannel } from '@/contract/schemas/conversation';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { conversationControls, type InjectConversationInput, type LiveConversation } from './controls';

// What a person trying the desktop types least: a known customer per channel (王建国's number and a WeChat handle).
const sampleFrom: Record<ConversationChannel, string> = { chat: 'wechat:o6_wangjg', sms: '14799603397', email: 'wang.customer@example.com', social: 'weibo:@xiaowang' };
// An email carrying what the desktop must neutralise: a script, an event handler and a remote image.
const sampleHtml = (text: string) => `<p>${text}</p><p><img src="https://tracker.example/pixel.gif" onerror="alert(1)"></p><script>alert('x')</script>`;

/** The customer's side of conversations: write in on any channel, write again, type, leave; send faults. */
export function ConversationsPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const [input, setInput] = useState<InjectConversationInput>({ channel: 'chat', from: sampleFrom.chat, text: t('conversations.sample_text') });
  const [subject, setSubject] = useState(t('conversations.sample_subject'));
  const [live, setLive] = useState<LiveConversation[]>([]);
  const [conversationId, setConversationId] = useState('');
  const [text, setText] = useState(t('conversations.sample_reply'));
  const refresh = () => {
    const now = conversationControls.listLiveConversations();
    setLive(now);
    if (!now.some((c) => c.conversationId === conversationId)) setConversationId(now[0]?.conversationId ?? '');
  };
  const writeIn = () => {
    const email = input.channel === 'email';
    const made = conversationControls.injectConversation({ ...input, subject: email ? subject : undefined, html: email ? sampleHtml(input.text) : undefined });
    refresh();
    setConversationId(made.conversationId);
    return made;
  };
  const onConversation = (action: (id: string) => unknown) => () => {
    if (!conversationId) throw new Error(t('conversations.none'));
    action(conversationId);
    refresh();
  };
  return (
    <>
      <PanelSectionFrame title={t('conversations.title')}>
        <TextField select label={t('inject.channel')} value={input.channel} onChange={(e) => {
          const channel = e.target.value as ConversationChannel;
          setInput({ ...input, channel, from: sampleFrom[channel] });
        }}>
          {ConversationChannel.options.map((c) => (
            <MenuItem key={c} value={c}>
              {t(`channels.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('conversations.from')} value={input.from} onChange={(e) => setInput({ ...input, from: e.target.value })} />
        {input.channel === 'email' && <TextField label={t('conversations.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} />}
        <TextField label={t('conversations.text')} value={input.text} multiline minRows={2} onChange={(e) => setInput({ ...input, text: e.target.value })} />
        <Button variant="outlined" onClick={() => run(writeIn, t('conversations.written_in'))}>
          {t('conversations.write_in')}
        </Button>
      </PanelSectionFrame>
      <PanelSectionFrame title={t('conversations.as_customer')}>
        <TextField select label={t('conversations.conversation')} value={conversationId} onChange={(e) => setConversationId(e.target.value)} slotProps={{ select: { onOpen: refresh } }}>
          {live.map((c) => (
            <MenuItem key={c.conversationId} value={c.conversationId}>
              {`${t(`channels.${c.channel}`)} · ${c.title} · ${t(`conversations.status.${c.status}`)}`}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('conversations.reply')} value={text} onChange={(e) => setText(e.target.value)} />
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="outlined" onClick={() => run(onConversation((id) => conversationControls.customerWrites(id, text)), t('conversations.written'))}>
            {t('conversations.write')}
          </Button>
          <Button variant="text" onClick={() => run(onConversation((id) => conversationControls.customerTypes(id, true)), t('conversations.typing_on'))}>
            {t('conversations.type')}
          </Button>
          <Button variant="text" onClick={() => run(onConversation((id) => conversationControls.customerTypes(id, false)), t('conversations.typing_off'))}>
            {t('conversations.stop_typing')}
          </Button>
          <Button variant="text" onClick={() => run(onConversation((id) => conversationControls.customerLeaves(id)), t('conversations.left'))}>
            {t('conversations.leave')}
          </Button>
        </Stack>
      </PanelSectionFrame>
      <PanelSectionFrame title={t('conversations.faults')}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="outlined" onClick={() => run(() => conversationControls.failNextSend(), t('conversations.send_fails'))}>
            {t('conversations.fail_send')}
          </Button>
          <Button variant="outlined" onClick={() => run(() => conversationControls.timeOutNextSend(), t('conversations.send_times_out'))}>
            {t('conversations.time_out_send')}
          </Button>
          <Button variant="outlined" onClick={() => run(() => conversationControls.expireOffers(), t('conversations.offers_expired'))}>
            {t('conversations.expire_offers')}
          </Button>
        </Stack>
      </PanelSectionFrame>
    </>
  );
}
