import { describe, expect, it } from 'vitest';
import { dateLineOf, dayOfDateLine } from './date-line.ts';

describe('date line of a plain-text article', () => {
  it('reads the common forms of a date standing alone on a line', () => {
    expect(dayOfDateLine('March 14, 2025')).toBe('2025-03-14');
    expect(dayOfDateLine('14 March 2025')).toBe('2025-03-14');
    expect(dayOfDateLine('Friday, 14 March 2025')).toBe('2025-03-14');
    expect(dayOfDateLine('Sept. 3, 2024 at 10:15 a.m. EDT')).toBe('2024-09-03');
    expect(dayOfDateLine('Published: 2025-06-30 08:00')).toBe('2025-06-30');
    expect(dayOfDateLine('Updated 2 Jan 2023, 17:45 GMT')).toBe('2023-01-02');
    expect(dayOfDateLine('2024-11-05T06:30:00Z')).toBe('2024-11-05');
  });

  it('leaves sentences, impossible days and dates with other words alone', () => {
    expect(dayOfDateLine('The talks ended on March 14, 2025.')).toBeNull();
    expect(dayOfDateLine('February 30, 2025')).toBeNull();
    expect(dayOfDateLine('March 2025')).toBeNull();
    expect(dayOfDateLine('Khartoum, 12 May 2023 - The army said')).toBeNull();
  });

  it('finds the line under a headline and byline, not one deep in the story', () => {
    const article =
      'Addis Ababa and Asmara trade accusations\n\nBy a correspondent\n4 February 2025\n\nETHIOPIA - Officials met.';
    expect(dateLineOf(article)).toEqual({ day: '2025-02-04', line: '4 February 2025' });
    const deep = ['Headline', 'one.', 'two.', 'three.', 'four.', 'five.', 'six.', '4 February 2025'].join('\n');
    expect(dateLineOf(deep)).toBeNull();
  });
});
