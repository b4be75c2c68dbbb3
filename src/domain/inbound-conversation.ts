import type { ConversationChannel } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';

/**
 * Where a customer's inbound message goes: an SMS joins the open conversation of its number; an email joins
 * the thread it answers (In-Reply-To one of ours), else an open email conversation of the same sender and
 * subject; anything else opens a new conversation.
 */

/** The centres' own addresses: an email's From when an agent answers, and how an inbound email finds its centre. */
export const CENTRE_ADDRESSES: Record<Tenant, string> = { cn: 'kefu@cn.zuoxi.example', intl: 'support@intl.zuoxi.example' };

/** A subject without its reply and forward prefixes, lower-cased: the same thread however often answered. */
export function subjectKey(subject: string | null | undefined): string {
  return (subject ?? '')
    .replace(/^\s*((re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The key a store finds an open conversation to join by: the sender (and, for email, the subject). */
export function threadKey(channel: ConversationChannel, from: string, subject?: string | null): string {
  const sender = from.trim().toLowerCase();
  return channel === 'email' ? `${sender}|${subjectKey(subject)}` : sender;
}

/** A message id of ours that an email's In-Reply-To names (`<cv-000012-m3@…>` or the bare id). */
export function repliedMessageId(inReplyTo: string | null | undefined): string | null {
  const bare = (inReplyTo ?? '').trim().replace(/^<|>$/g, '').split('@')[0]!;
  return /^[A-Za-z0-9._-]+-m\d+$/.test(bare) ? bare : null;
}

/** The conversation a message id belongs to (ids are `<conversationId>-m<seq>`). */
export function conversationOfMessageId(messageId: string): string {
  return messageId.replace(/-m\d+$/, '');
}

/** Plain text from an email's HTML part, for the agent's preview and the text part when there is none. */
export function textFromHtml(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The centre an inbound message belongs to: its known customer's; else the centre whose address it was
 * sent to (email); else by the sender's number (another country code than +86: intl); else the Chinese centre, the larger.
 */
export function inboundTenant(input: { customerTenant: Tenant | null; from: string; to?: readonly string[] }): Tenant {
  if (input.customerTenant) return input.customerTenant;
  const to = (input.to ?? []).map((a) => a.trim().toLowerCase());
  if (to.includes(CENTRE_ADDRESSES.intl)) return 'intl';
  if (to.includes(CENTRE_ADDRESSES.cn)) return 'cn';
  const from = input.from.trim();
  if (from.startsWith('+') && !from.startsWith('+86')) return 'intl';
  return 'cn';
}
