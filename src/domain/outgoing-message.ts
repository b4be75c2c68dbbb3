import type { Attachment, ConversationChannel, MessageContent, OutgoingContent } from '@/contract/schemas/conversation';
import { attachmentPolicies } from './attachment-policy';
import { DomainError } from './domain-error';
import { smsLength } from './sms-segments';

/**
 * What an agent's message becomes on its conversation's channel, checked against what the channel carries:
 * a chat or social message is text, an image or a file; an SMS is text counted in parts (at most 10); an
 * email is an email (plain text written on an email conversation becomes a reply to the customer). An
 * internal note is text on any channel and never leaves the centre.
 */

/** Characters a message may have per channel (SMS: counted in parts instead, see sms-segments.ts). */
export const TEXT_LIMITS: Record<Exclude<ConversationChannel, 'sms'>, number> = { chat: 4000, social: 2000, email: 50_000 };
export const NOTE_LIMIT = 4000;

/** A message's length as the limits count it: characters (code points), so an emoji is one, not two. */
export function textLength(text: string): number {
  return [...text].length;
}

/** How long a text may be on a channel (an internal note has its own limit, whatever the channel). */
export function textLimit(channel: Exclude<ConversationChannel, 'sms'>, internal: boolean): number {
  return internal ? NOTE_LIMIT : TEXT_LIMITS[channel];
}

/** An uploaded attachment as the store keeps it: which conversation it was uploaded for. */
export interface StoredAttachment extends Attachment {
  conversationId: string;
}

export interface OutgoingContext {
  channel: ConversationChannel;
  internal: boolean;
  /** Attachments uploaded for this conversation, by id. */
  attachments: ReadonlyMap<string, StoredAttachment>;
  conversationId: string;
  /** The email conversation's customer address and subject, for a reply. */
  customerAddress: string;
  subject: string | null;
  /** The centre's own address (an email's From). */
  centreAddress: string;
}

const tooLong = (max: number, length: number) => new DomainError('message_too_long', `Longer than the channel allows (${length} > ${max})`, { details: { max, length } });
const wrongKind = (kind: string, channel: string) =>
  new DomainError('validation_failed', `A ${kind} message cannot go on a ${channel} conversation`, { details: { where: 'body', issues: [{ path: 'content.kind', message: `not on ${channel}` }] } });

function attachment(ctx: OutgoingContext, attachmentId: string, kind: 'image' | 'file' | 'any'): Attachment {
  const found = ctx.attachments.get(attachmentId);
  const policy = attachmentPolicies[ctx.channel];
  if (!found || found.conversationId !== ctx.conversationId) throw new DomainError('attachment_rejected', `No attachment ${attachmentId} for this conversation`);
  if (!policy.allowedMime.includes(found.mime) || (kind !== 'any' && (kind === 'image') !== found.mime.startsWith('image/'))) {
    throw new DomainError('attachment_rejected', `${found.mime} cannot go as ${kind} on ${ctx.channel}`);
  }
  const { conversationId: _c, ...rest } = found;
  return rest;
}

/** The reply subject: "Re: " once, whatever the thread did before. */
export function replySubject(subject: string | null): string {
  const base = (subject ?? '').replace(/^\s*((re|fw|fwd|回复|答复|转发)\s*[:：]\s*)+/i, '').trim();
  return base ? `Re: ${base}` : 'Re:';
}

export function composeAgentContent(content: OutgoingContent, ctx: OutgoingContext): MessageContent {
  const chars = textLength;
  if (ctx.internal) {
    if (content.kind !== 'text') throw wrongKind(content.kind, 'internal note');
    if (chars(content.text) > NOTE_LIMIT) throw tooLong(NOTE_LIMIT, chars(content.text));
    return { kind: 'text', text: content.text };
  }
  if (ctx.channel === 'sms') {
    if (content.kind !== 'sms' && content.kind !== 'text') {
      if (content.kind === 'image' || content.kind === 'file') throw new DomainError('attachment_rejected', 'SMS carries no attachments');
      throw wrongKind(content.kind, 'sms');
    }
    const length = smsLength(content.text);
    if (length.units > length.maxUnits) throw tooLong(length.maxUnits, length.units);
    return { kind: 'sms', text: content.text, segments: length.segments };
  }
  if (ctx.channel === 'email') {
    if (content.kind === 'email') {
      if (chars(content.text) > TEXT_LIMITS.email) throw tooLong(TEXT_LIMITS.email, chars(content.text));
      return {
        kind: 'email',
        subject: content.subject,
        from: ctx.centreAddress,
        to: [...content.to],
        cc: [...content.cc],
        html: null,
        text: content.text,
        inReplyTo: content.inReplyTo,
        attachments: content.attachmentIds.map((id) => attachment(ctx, id, 'any')),
      };
    }
    if (content.kind === 'text') {
      return { kind: 'email', subject: replySubject(ctx.subject), from: ctx.centreAddress, to: [ctx.customerAddress], cc: [], html: null, text: content.text, inReplyTo: null, attachments: [] };
    }
    throw wrongKind(content.kind, 'email');
  }
  // chat and social
  switch (content.kind) {
    case 'text': {
      const max = TEXT_LIMITS[ctx.channel];
      if (chars(content.text) > max) throw tooLong(max, chars(content.text));
      return { kind: 'text', text: content.text };
    }
    case 'image':
      return { kind: 'image', attachment: attachment(ctx, content.attachmentId, 'image'), caption: content.caption ?? null };
    case 'file':
      return { kind: 'file', attachment: attachment(ctx, content.attachmentId, 'file') };
    default:
      throw wrongKind(content.kind, ctx.channel);
  }
}

/**
 * A send is idempotent by its client id: the message an earlier attempt with the same id already made in
 * this conversation (by the same sender), which a retry answers again instead of writing a second. The
 * first content wins; a retry is by definition the same message, so a changed body is not looked at.
 */
export function sentBefore<T extends { clientId: string | null; author: string; agentId: string | null }>(
  thread: Iterable<T>,
  clientId: string,
  sender: { author: 'agent' | 'customer'; agentId: string | null },
): T | null {
  for (const message of thread) {
    if (message.clientId === clientId && message.author === sender.author && (sender.author === 'customer' || message.agentId === sender.agentId)) return message;
  }
  return null;
}
