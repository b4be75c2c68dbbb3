import { describe, expect, it } from 'vitest';
import { composeAgentContent } from '@/domain/outgoing-message';
import { emptyDraft } from '../stores/drafts-store';
import { buildOutgoing } from './build-outgoing';

const draft = (text: string, internal = false) => ({ ...emptyDraft, text, internal });

describe('buildOutgoing', () => {
  it('refuses a social message over the server’s limit, saying the limit, before anything is sent', () => {
    expect(buildOutgoing('social', draft('好'.repeat(2001)))).toEqual({ problem: { code: 'too_long', max: 2000, length: 2001 } });
    expect(() => composeAgentContent({ kind: 'text', text: '好'.repeat(2001) }, { channel: 'social', internal: false, attachments: new Map(), conversationId: 'cv-1', customerAddress: '', subject: null, centreAddress: '' })).toThrow(/2001 > 2000/);
    expect(buildOutgoing('social', draft('好'.repeat(2000)))).toMatchObject({ internal: false });
  });

  it('counts an emoji as one character, as the server does', () => {
    expect(buildOutgoing('chat', draft('😀'.repeat(4000)))).toMatchObject({ internal: false });
    expect(buildOutgoing('chat', draft('😀'.repeat(4001)))).toEqual({ problem: { code: 'too_long', max: 4000, length: 4001 } });
  });

  it('gives an internal note its own limit on every channel', () => {
    expect(buildOutgoing('social', draft('a'.repeat(3000), true))).toMatchObject({ internal: true });
    expect(buildOutgoing('email', draft('a'.repeat(4001), true))).toEqual({ problem: { code: 'too_long', max: 4000, length: 4001 } });
  });
});
