import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('reads the limit as itself and anything over it as more', () => {
    expect(formatBytes(2 * 1024 * 1024, 'en')).toBe('2 MB');
    expect(formatBytes(2 * 1024 * 1024 + 1, 'en')).toBe('2.1 MB');
    expect(formatBytes(3_500_000, 'zh-CN')).toBe('3.4 MB');
    expect(formatBytes(1, 'en')).toBe('1 KB');
  });
});
