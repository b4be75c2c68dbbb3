import { timingSafeEqual } from 'node:crypto';
import { contractHeaders } from '@/contract/core/headers';
import { inboundEmail, inboundSms } from '@/contract/endpoints/widget';
import { DomainError } from '@/domain/domain-error';
import { textFromHtml } from '@/domain/inbound-conversation';
import { normalizeCaller } from '@/domain/normalize-caller';
import { smsLength } from '@/domain/sms-segments';
import { route } from '../server/contract-route';
import type { BffDeps } from '../services/bff-deps';
import { customerWritesIn } from '../services/customer-writes-in';

/** Carriers and mail gateways prove themselves with the configured X-Inbound-Token; none configured: refused. */
function assertInbound(deps: BffDeps, request: Request): void {
  const expected = deps.config.inboundToken;
  const given = Buffer.from(request.headers.get(contractHeaders.inboundToken) ?? '');
  if (!expected || given.length !== Buffer.byteLength(expected) || !timingSafeEqual(given, Buffer.from(expected))) {
    throw new DomainError('forbidden_inbound', 'Wrong or missing X-Inbound-Token');
  }
}

/** Inbound SMS and email: each joins the open conversation it continues, or opens one that routing offers. */
export const inboundRoutes = [
  route(inboundSms, async ({ deps, request, body }) => {
    assertInbound(deps, request);
    const caller = normalizeCaller(body.from);
    if (caller.kind !== 'number') throw new DomainError('invalid_number', `"${body.from}" is not a phone number`);
    const { record, message } = await customerWritesIn(deps, {
      channel: 'sms',
      // Keyed as the trunk gives it: 138…, +86 138… and 138-… reach the same conversation.
      from: caller.value,
      content: { kind: 'sms', text: body.text, segments: smsLength(body.text).segments },
      join: true,
    });
    return { conversationId: record.conversationId, messageId: message.messageId };
  }),

  route(inboundEmail, async ({ deps, request, body }) => {
    assertInbound(deps, request);
    const from = body.from.trim().toLowerCase();
    const text = body.text ?? (body.html ? textFromHtml(body.html) : '');
    const { record, message } = await customerWritesIn(deps, {
      channel: 'email',
      from,
      subject: body.subject,
      to: body.to,
      inReplyTo: body.inReplyTo ?? null,
      content: { kind: 'email', subject: body.subject, from, to: body.to, cc: body.cc ?? [], html: body.html ?? null, text, inReplyTo: body.inReplyTo ?? null, attachments: [] },
      join: true,
    });
    return { conversationId: record.conversationId, messageId: message.messageId };
  }),
];
