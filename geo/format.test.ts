import { describe, expect, it } from 'vitest';
import { formatDate, wrapLines } from './format';

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

describe('wrapLines', () => {
  const measure = (s: string) => s.length * 10;
  it('keeps a line that fits whole', () => {
    expect(wrapLines('Syunik — South Caucasus', 300, measure)).toEqual(['Syunik — South Caucasus']);
  });

  it('breaks at spaces, no line wider than allowed', () => {
    const lines = wrapLines('Zangezur corridor — South Caucasus Corridors Atlas', 200, measure);
    expect(lines).toEqual(['Zangezur corridor —', 'South Caucasus', 'Corridors Atlas']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(200);
  });

  it('breaks a URL after a slash or a query mark, else where it must', () => {
    const url = 'https://atlas.example/place/zangezur-corridor?until=2023-09-30#map=7/39.2/46.1';
    const lines = wrapLines(url, 250, measure);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(250);
    expect(lines[0]).toBe('https://atlas.example/');
    expect(wrapLines('abcdefghij', 40, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
