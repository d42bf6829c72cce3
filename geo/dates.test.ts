import { describe, expect, it } from 'vitest';
import { datePrecision } from './dates';

describe('catalogue dates', () => {
  it('read the precision from the form: year, month or day', () => {
    expect(datePrecision('2015')).toBe('year');
    expect(datePrecision('2023-10')).toBe('month');
    expect(datePrecision('2026-03-05')).toBe('day');
  });

  it('accept 29 February only in leap years', () => {
    expect(datePrecision('2024-02-29')).toBe('day');
    expect(datePrecision('2023-02-29')).toBeNull();
    expect(datePrecision('1900-02-29')).toBeNull();
    expect(datePrecision('2000-02-29')).toBe('day');
  });

  it('reject dates that are not on the calendar or not in the three forms', () => {
    for (const bad of ['2023-04-31', '2023-13', '2023-00', '2023-01-00', '2023-1-5', '23-01-05', '5 March 2026', '2026-03-05T12:00', '', '0999']) {
      expect(datePrecision(bad), bad).toBeNull();
    }
  });
});
