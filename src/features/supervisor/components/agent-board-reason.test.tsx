import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentPresence } from '@/contract/schemas/queue';
import { i18n } from '@/lib/i18n';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { AgentBoard } from './agent-board';

const since = new Date().toISOString();
const agent = (id: string, displayName: string, state: Pick<AgentPresence, 'status' | 'reason'>): AgentPresence => ({
  agentId: id,
  displayName,
  workNumber: `86${id}`,
  extension: id,
  role: 'agent',
  skills: ['general'],
  since,
  ...state,
});

const agents = [
  agent('1001', '张伟', { status: 'not_ready', reason: null }),
  agent('1003', '刘洋', { status: 'not_ready', reason: 'meal' }),
  agent('1004', '赵敏', { status: 'ready', reason: null }),
];

function stateOf(name: string) {
  const row = screen.getByRole('row', { name: new RegExp(`^${name}`) });
  return within(row).getAllByRole('cell')[4]!.textContent;
}

describe('AgentBoard', () => {
  let restoreSizes: () => void;
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    restoreSizes = mockElementSizes({ viewport: 400, row: 31 });
  });
  afterEach(() => restoreSizes());

  it('says why a seat is Not ready with no reason: it has just signed in', () => {
    render(<AgentBoard agents={agents} labelledBy="none" />);
    expect(stateOf('张伟')).toBe('Not ready · Just signed in');
    expect(stateOf('刘洋')).toBe('Not ready · Meal');
    expect(stateOf('赵敏')).toBe('Ready');
  });

  it('says it in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    const { unmount } = render(<AgentBoard agents={agents} labelledBy="none" />);
    expect(stateOf('张伟')).toBe('示忙 · 刚登录');
    unmount();
    await i18n.changeLanguage('zh-TW');
    render(<AgentBoard agents={agents} labelledBy="none" />);
    expect(stateOf('张伟')).toBe('示忙 · 剛登入');
  });
});
