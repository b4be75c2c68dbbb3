import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import Cancel from '@mui/icons-material/Cancel';
import Send from '@mui/icons-material/Send';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { announce } from '@/lib/announce';
import { isApiError } from '@/lib/api-error';
import { uploadFile, useAttachmentPolicy } from '../api/attachments';
import { sendTyping } from '../api/typing-and-read';
import { useEmailReply } from '../hooks/use-email-reply';
import { useImeGuard } from '../hooks/use-ime-guard';
import { textLength, textLimit } from '@/domain/outgoing-message';
import { buildOutgoing, type ComposeProblem } from '../lib/build-outgoing';
import { checkAttachment, formatBytes } from '../lib/check-attachment';
import { newClientId } from '../lib/client-id';
import type { TemplateVariables } from './canned-picker';
import { selectDraft, useDraftsStore, type Draft } from '../stores/drafts-store';
import { useOutboxStore } from '../stores/outbox-store';
import { CannedPicker } from './canned-picker';
import { EmailFields } from './email-fields';
import { EmojiPicker } from './emoji-picker';
import { SmsCounter } from './sms-counter';

/** The customer sees "typing" again after this long; it stops this long after the last key. */
const TYPING_EVERY_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

export interface ComposerProps {
  conversation: ConversationSummary;
  /** Canned responses' `{name}`, `{plan}` … from the customer. */
  variables: TemplateVariables;
  /** The composer's text box, for the app to focus (after a quoted reply). */
  inputRef?: React.Ref<HTMLTextAreaElement>;
}

/**
 * The reply box, per channel: chat (attachments checked before upload, emoji), SMS (live segments), email
 * (to, cc, subject, a quoted reply), canned responses, and internal notes (staff only, visibly different).
 * Enter sends and Shift+Enter breaks the line (an email: Ctrl/⌘+Enter sends, Enter breaks the line); nothing
 * fires while an IME is composing. What is typed is a draft kept per conversation until it is sent.
 */
export function Composer({ conversation, variables, inputRef }: ComposerProps) {
  const { t } = useTranslation('conversations');
  const { conversationId, channel } = conversation;
  const hydrated = useDraftsStore((s) => s.hydrated);
  const draft = useDraftsStore(selectDraft(conversationId));
  const update = useDraftsStore((s) => s.update);
  const clear = useDraftsStore((s) => s.clear);
  const send = useOutboxStore((s) => s.send);
  const policy = useAttachmentPolicy().data?.[channel];
  const ime = useImeGuard();
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const fileRef = useRef<HTMLInputElement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Uploads in flight, by conversation: switching tabs mid-upload shows them only where they will land.
  const [uploadingAll, setUploading] = useState<{ conversationId: string; name: string }[]>([]);
  const uploading = uploadingAll.filter((u) => u.conversationId === conversationId).map((u) => u.name);
  const typingAt = useRef(0);
  const typingStop = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const closed = conversation.status === 'closed';
  const customerSeesTyping = (channel === 'chat' || channel === 'social') && !draft.internal;

  // A problem belongs to the conversation it was about.
  useEffect(() => setProblem(null), [conversationId]);
  useEffect(
    () => () => {
      clearTimeout(typingStop.current);
    },
    [conversationId],
  );

  const emailReply = useEmailReply(conversation, channel === 'email' && !draft.internal);

  const stopTyping = () => {
    clearTimeout(typingStop.current);
    if (typingAt.current) {
      typingAt.current = 0;
      sendTyping(conversationId, false);
    }
  };
  const onTyped = () => {
    if (!customerSeesTyping) return;
    const now = Date.now();
    if (now - typingAt.current > TYPING_EVERY_MS) {
      typingAt.current = now;
      sendTyping(conversationId, true);
    }
    clearTimeout(typingStop.current);
    typingStop.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const change = (next: Partial<Draft>) => {
    if (problem) setProblem(null);
    update(conversationId, next);
  };

  const insert = (text: string) => {
    const el = textRef.current;
    const current = useDraftsStore.getState().drafts[conversationId]?.text ?? '';
    const start = el ? el.selectionStart : current.length;
    const end = el ? el.selectionEnd : current.length;
    change({ text: current.slice(0, start) + text + current.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const describe = (p: ComposeProblem): string => t(`composer.problem.${p.code}`, p as unknown as Record<string, unknown>);

  const submit = () => {
    if (closed) return;
    const current = useDraftsStore.getState().drafts[conversationId] ?? draft;
    const built = buildOutgoing(channel, current);
    if ('problem' in built) {
      if (built.problem.code === 'empty') return;
      const text = describe(built.problem);
      setProblem(text);
      announce(text);
      return;
    }
    for (const content of built.contents) {
      const clientId = newClientId();
      const attachmentName = 'attachmentId' in content ? current.attachments.find((a) => a.attachmentId === content.attachmentId)?.name : undefined;
      send({ clientId, conversationId, content, internal: built.internal, ...(attachmentName ? { attachmentName } : {}) });
    }
    stopTyping();
    clear(conversationId, channel === 'email' ? { to: current.to, cc: current.cc, subject: current.subject } : undefined);
    setProblem(null);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || ime.isComposing(event)) return;
    const email = channel === 'email' && !draft.internal;
    const sends = email ? event.ctrlKey || event.metaKey : !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!sends) return;
    event.preventDefault();
    submit();
  };

  const attach = async (files: FileList | null) => {
    if (!files || !policy) return;
    for (const file of Array.from(files)) {
      const check = checkAttachment(file, policy);
      if (check) {
        const text =
          check.reason === 'type'
            ? t('attachments.wrong_type', { name: file.name, types: policy.allowedMime.join(', ') })
            : t('attachments.too_big', { name: file.name, size: formatBytes(check.size), max: formatBytes(check.maxBytes) });
        setProblem(text);
        announce(text);
        continue;
      }
      setUploading((u) => [...u, { conversationId, name: file.name }]);
      try {
        const attachment = await uploadFile(conversationId, file);
        const d = useDraftsStore.getState().drafts[conversationId];
        update(conversationId, { attachments: [...(d?.attachments ?? []), attachment] });
      } catch (error) {
        const text = isApiError(error) && error.code === 'attachment_rejected' ? t('attachments.rejected', { name: file.name }) : t('attachments.upload_failed', { name: file.name });
        setProblem(text);
        announce(text);
      } finally {
        setUploading((u) => u.filter((x) => !(x.conversationId === conversationId && x.name === file.name)));
      }
    }
  };

  const counterId = `composer-counter-${conversationId}`;
  const problemId = `composer-problem-${conversationId}`;
  const canAttach = (channel === 'chat' || channel === 'social' || channel === 'email') && !draft.internal && !!policy && policy.allowedMime.length > 0;
  // The chat's and social message's own limit (the server's), counted as the server counts.
  const textMax = channel === 'sms' || channel === 'email' ? null : textLimit(channel, draft.internal);
  const chatLong = textMax !== null && textLength(draft.text) > textMax - 200;
  const placeholder = closed ? t('composer.closed') : draft.internal ? t('composer.note_placeholder') : t(`composer.placeholder_${channel}`);

  return (
    <Box
      data-composer
      data-internal={draft.internal || undefined}
      sx={{
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: draft.internal ? (theme) => (theme.palette.mode === 'dark' ? 'rgba(240,183,90,0.10)' : '#fff8e6') : 'background.paper',
        borderLeft: draft.internal ? 4 : 0,
        borderLeftColor: 'warning.main',
      }}
    >
      {channel === 'email' && !draft.internal && <EmailFields conversationId={conversationId} draft={draft} onChange={change} onQuote={emailReply.quote} />}
      {draft.internal && (
        <Typography variant="caption" sx={{ display: 'block', px: 1.5, pt: 0.5, color: 'warning.main', fontWeight: 700 }}>
          {t('composer.note_banner')}
        </Typography>
      )}
      <InputBase
        multiline
        minRows={channel === 'email' ? 4 : 2}
        maxRows={channel === 'email' ? 14 : 8}
        fullWidth
        value={draft.text}
        disabled={closed}
        readOnly={!hydrated}
        placeholder={placeholder}
        onChange={(e) => {
          change({ text: e.target.value });
          onTyped();
        }}
        onBlur={stopTyping}
        inputRef={(el: HTMLTextAreaElement | null) => {
          textRef.current = el;
          if (typeof inputRef === 'function') inputRef(el);
          else if (inputRef) (inputRef as React.MutableRefObject<HTMLTextAreaElement | null>).current = el;
        }}
        inputProps={{
          'aria-label': draft.internal ? t('composer.note_label') : t('composer.label', { channel: t(`channel.${channel}`) }),
          'aria-describedby': [channel === 'sms' ? counterId : null, problem ? problemId : null].filter(Boolean).join(' ') || undefined,
          onKeyDown,
          ...ime.handlers,
        }}
        sx={{ px: 1.5, py: 1, fontSize: 14, alignItems: 'flex-start' }}
      />
      {draft.attachments.length + uploading.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, px: 1.5, pb: 0.5 }}>
          {draft.attachments.map((a) => (
            <Chip
              key={a.attachmentId}
              size="small"
              label={`${a.name} · ${formatBytes(a.size)}`}
              onDelete={() => change({ attachments: draft.attachments.filter((x) => x.attachmentId !== a.attachmentId) })}
              deleteIcon={<Cancel aria-label={t('attachments.remove', { name: a.name })} aria-hidden={false} role="button" />}
            />
          ))}
          {uploading.map((name) => (
            <Chip key={`up-${name}`} size="small" variant="outlined" label={t('attachments.uploading', { name })} />
          ))}
        </Box>
      )}
      {problem && (
        <Typography id={problemId} role="alert" variant="caption" color="error" sx={{ display: 'block', px: 1.5, pb: 0.5, fontWeight: 600 }}>
          {problem}
        </Typography>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1, pb: 0.75 }}>
        <FormControlLabel
          sx={{ mr: 0.5, ml: 0 }}
          control={<Switch size="small" checked={draft.internal} disabled={closed} onChange={(e) => change({ internal: e.target.checked })} />}
          label={<Typography variant="body2">{t('composer.internal')}</Typography>}
        />
        <CannedPicker channel={channel} variables={variables} onPick={insert} />
        {(channel === 'chat' || channel === 'social') && !draft.internal && <EmojiPicker onPick={insert} />}
        {canAttach && (
          <>
            <IconButton size="small" aria-label={t('attachments.attach')} title={t('attachments.attach')} disabled={closed} onClick={() => fileRef.current?.click()}>
              <AttachFile fontSize="small" />
            </IconButton>
            <input
              ref={fileRef}
              type="file"
              hidden
              multiple
              accept={policy.allowedMime.join(',')}
              aria-label={t('attachments.attach')}
              data-testid="composer-file-input"
              onChange={(e) => {
                void attach(e.target.files);
                e.target.value = '';
              }}
            />
          </>
        )}
        <Box sx={{ flex: 1, minWidth: 8 }} />
        {channel === 'sms' && !draft.internal && <SmsCounter id={counterId} text={draft.text} />}
        {chatLong && (
          <Typography variant="caption" color={textMax !== null && textLength(draft.text) > textMax ? 'error' : 'text.secondary'} sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('composer.chars', { length: textLength(draft.text), max: textMax })}
          </Typography>
        )}
        {/* Said where there is room (the Send button's tooltip says it always); the counter matters more. */}
        <Typography variant="caption" color="text.secondary" noWrap sx={{ display: { xs: 'none', xl: channel === 'sms' ? 'none' : 'inline' } }}>
          {channel === 'email' && !draft.internal ? t('composer.hint_email') : t('composer.hint')}
        </Typography>
        <Button
          size="small"
          variant="contained"
          color={draft.internal ? 'warning' : 'primary'}
          endIcon={<Send fontSize="small" />}
          disabled={closed || !hydrated}
          onClick={submit}
          title={channel === 'email' && !draft.internal ? t('composer.hint_email') : t('composer.hint')}
          aria-keyshortcuts={channel === 'email' && !draft.internal ? 'Control+Enter' : 'Enter'}
          sx={{ flexShrink: 0 }}
        >
          {draft.internal ? t('composer.add_note') : t('composer.send')}
        </Button>
      </Box>
    </Box>
  );
}
