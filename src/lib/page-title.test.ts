import { describe, expect, it } from 'vitest';
import { setPageTitle, setTitleBadge } from './page-title';

describe('page title', () => {
  it('keeps a badge in front of the page title whichever is set first', () => {
    setTitleBadge('calls', '(1) Incoming call');
    setPageTitle('Workspace · Zuoxi');
    expect(document.title).toBe('(1) Incoming call · Workspace · Zuoxi');
    setPageTitle('工作台 · 坐席');
    expect(document.title).toBe('(1) Incoming call · 工作台 · 坐席');
    setTitleBadge('calls', null);
    expect(document.title).toBe('工作台 · 坐席');
  });
});
