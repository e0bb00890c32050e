import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A military exercise begun or held under its own name ("their annual Freedom Shield exercise") is a show of force
// (CAMEO 150, MOBILIZE) however many words the name takes. The sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('an exercise told with its name', () => {
  it('is a MOBILIZE by those who hold it', () => {
    expect(of('Russia and Belarus started the Zapad 2025 strategic exercises on Friday.', 'MOBILIZE')).toBe('rus+blr>');
    expect(of('China launched its Strait Thunder 2025A exercise around Taiwan.', 'MOBILIZE')).toBe('chn>twn');
    expect(of('Japan and the United States began their annual Keen Sword exercise.', 'MOBILIZE')).toBe('jpn+usa>');
  });

  it('stops at another event between the verb and the noun', () => {
    expect(of('Ukraine held talks with Poland on the exercises.', 'MOBILIZE')).toBe('');
  });
});
