import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it('writes days, months and years the way the panel and share images show them', () => {
    expect(formatDate('2026-03-05')).toBe('5 Mar 2026');
    expect(formatDate('2023-10')).toBe('Oct 2023');
    expect(formatDate('2015')).toBe('2015');
  });

  it('names every month in British English, the same on the server and in any browser', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(`2023-${String(i + 1).padStart(2, '0')}`).split(' ')[0]);
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
    expect(formatDate('2023-09-19')).toBe('19 Sept 2023');
  });
});
