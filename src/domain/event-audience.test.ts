import { describe, expect, it } from 'vitest';
import type { ScopedUser } from './tenant-scope';
import { agentStateAudience, conversationAudience, defaultOfferQueue, isWidgetStream, noticeAudience, offerAudience, queueStatsAudience, widgetStreamOf } from './event-audience';

const u = (id: string, role: ScopedUser['role'], tenant: ScopedUser['tenant'], queueIds: string[] = []): ScopedUser => ({ id, role, tenant, queueIds });
const agent = u('a1', 'agent', 'cn', ['q-cn-general']);
const expert = u('e1', 'expert', 'cn', ['q-cn-complaints']);
const lead = u('s1', 'supervisor', 'cn', ['q-cn-general', 'q-cn-complaints']);
const intlLead = u('s2', 'supervisor', 'intl', ['q-intl-general']);
const intlAgent = u('a2', 'agent', 'intl', ['q-intl-general']);

describe('event audience', () => {
  it("sends a seat's state to the seat and its own centre's team leads only", () => {
    expect(agentStateAudience(agent, [agent, lead, intlLead])).toEqual(['a1', 's1']);
  });

  it("sends queue figures to the queue's centre's team leads", () => {
    expect(queueStatsAudience({ tenant: 'intl' }, [agent, lead, intlLead])).toEqual(['s2']);
  });

  it('sends a notice to everyone signed in, once each', () => {
    expect(noticeAudience([agent, lead, agent])).toEqual(['a1', 's1']);
  });

  const allReady = () => true;

  it('offers a contact to the signed-in members of its queue, never to a team lead', () => {
    expect(offerAudience('q-cn-complaints', [agent, expert, lead], allReady)).toEqual(['e1']);
    expect(offerAudience('q-cn-general', [agent, expert, lead], allReady)).toEqual(['a1']);
  });

  it('offers only to Ready seats, and to nobody when no member is signed in and Ready', () => {
    expect(offerAudience('q-cn-general', [agent, expert], (id) => id !== 'a1')).toEqual([]);
    expect(offerAudience('q-cn-finance', [agent, lead, intlAgent], allReady)).toEqual([]);
  });

  it("picks the customer's general queue, else the first seat's, else by the number", () => {
    expect(defaultOfferQueue('intl', [agent], '1380')).toBe('q-intl-general');
    expect(defaultOfferQueue(null, [lead, expert], '1380')).toBe('q-cn-complaints');
    expect(defaultOfferQueue(null, [], '+441234')).toBe('q-intl-general');
    expect(defaultOfferQueue(null, [], '1380')).toBe('q-cn-general');
  });

  it("sends a conversation's changes to the agent holding it, to nobody while it waits", () => {
    expect(conversationAudience({ agentId: 'a1' })).toEqual(['a1']);
    expect(conversationAudience({ agentId: null })).toEqual([]);
  });

  it("keys the customer's widget stream apart from every user id", () => {
    expect(widgetStreamOf('cv-1')).toBe('widget:cv-1');
    expect(isWidgetStream(widgetStreamOf('cv-1'))).toBe(true);
    expect(isWidgetStream('a1')).toBe(false);
  });
});
