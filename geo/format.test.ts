import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it('writes days, months and years the way the panel and share images show them', () => {
    expect(formatDate('2026-03-05')).toBe('5 Mar 2026');
    expect(formatDate('2023-10')).toBe('Oct 2023');
    expect(formatDate('2015')).toBe('2015');
  });
});
