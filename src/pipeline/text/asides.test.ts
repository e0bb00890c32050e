import { describe, expect, it } from 'vitest';
import { withoutNameGlosses } from './asides.ts';
import { tokenize } from './tokens.ts';

const kept = (text: string) =>
  withoutNameGlosses(tokenize(text))
    .map((t) => t.text)
    .join(' ');

describe('withoutNameGlosses', () => {
  it('drops an acronym or a translation in brackets after a name', () => {
    expect(kept('The African Union (AU) said')).toBe('The African Union said');
    expect(kept('the Azadliq (Freedom) coalition')).toBe('the Azadliq coalition');
    expect(kept('the Armed Forces of Liberia (Armed Forces of Liberia) said')).toBe('the Armed Forces of Liberia said');
  });

  it('keeps asides of lower-case words and brackets after a lower-case word', () => {
    expect(kept('Kenya (which had refused) agreed')).toBe('Kenya ( which had refused ) agreed');
    expect(kept('the talks (AU) began')).toBe('the talks ( AU ) began');
    expect(kept('Kenya (AU')).toBe('Kenya ( AU');
  });

  it('keeps the offsets of what it keeps', () => {
    const text = 'The African Union (AU) said';
    expect(withoutNameGlosses(tokenize(text)).map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'African',
      'Union',
      'said',
    ]);
  });

  it('returns the same array when there is nothing to drop', () => {
    const tokens = tokenize('Kenya and Somalia met.');
    expect(withoutNameGlosses(tokens)).toBe(tokens);
  });
});

describe('an event after a glossed name', () => {
  it('keeps the glossed name as the subject of its verb', async () => {
    const { eventsOf } = await import('../test-support/resources.ts');
    const demands = eventsOf('The East African Community (EAC) demanded on Monday that Burundi free the reporters.');
    expect(demands.filter((e) => e.type === 'REQUEST').map((e) => e.source)).toEqual([['eac']]);
  });
});
