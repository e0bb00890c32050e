import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const requests = (text: string, published = '2025-09-05') =>
  eventsOf(text, published)
    .filter((e) => e.type === 'REQUEST')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe('a group of states named by a capitalised word and a collective noun in a request', () => {
  it('is the one asked, even when the word is an adjective the gazetteer knows', () => {
    expect(requests('Taiwan asked European governments to restrict chip exports to China.')).toBe(
      'twn>unresolved:european-governments',
    );
    expect(requests('Kyiv asked Gulf states to mediate a prisoner exchange.')).toBe('ukr>unresolved:gulf-states');
  });

  it('leaves the party the requested act names out of the request', () => {
    expect(requests('Lithuania urged European governments to stop buying Russian gas.')).not.toContain('rus');
  });
});
