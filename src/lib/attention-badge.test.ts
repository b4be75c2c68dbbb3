import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badgedIcon, setAttentionCount, totalAttention } from './attention-badge';

const icon = () => document.querySelector('link[rel="icon"]')!.getAttribute('href');

describe('attention badge', () => {
  beforeEach(() => {
    document.head.innerHTML = '<link rel="icon" type="image/svg+xml" href="/favicon.svg" />';
  });
  afterEach(() => {
    setAttentionCount('calls', 0);
    setAttentionCount('chats', 0);
  });

  it('sums every source onto the favicon and restores the plain icon at zero', () => {
    setAttentionCount('calls', 1);
    expect(icon()).toBe(badgedIcon(1));
    setAttentionCount('chats', 2);
    expect(totalAttention()).toBe(3);
    expect(icon()).toBe(badgedIcon(3));
    setAttentionCount('calls', 0);
    expect(icon()).toBe(badgedIcon(2));
    setAttentionCount('chats', 0);
    expect(icon()).toBe('/favicon.svg');
  });

  it('caps the label at 9+', () => {
    expect(decodeURIComponent(badgedIcon(12))).toContain('>9+<');
    expect(decodeURIComponent(badgedIcon(4))).toContain('>4<');
  });
});
