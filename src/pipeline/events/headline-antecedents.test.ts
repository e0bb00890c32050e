import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The pair a headline names is the antecedent of "the two countries" or "both sides" in the body's lead, when no
// sentence of the body named one before. Each article is the team's own.
const events = (text: string, type: string) =>
  eventsOf(text, '2025-10-19')
    .filter((e) => e.type === type)
    .map((e) => `${[...e.source, ...e.target].sort().join('+')} ${e.date}/${e.datePrecision}`);

describe("a headline's pair as the antecedent of the body's pair noun", () => {
  it('gives the lead its parties, and so the headline its day', () => {
    const text = [
      'Serbia And Kosovo Sign Trade Pact',
      '',
      'The leaders of the two countries signed the pact in Brussels on Thursday.',
    ].join('\n');
    expect(events(text, 'AGREE')).toEqual(['srb+xkx 2025-10-16/day', 'srb+xkx 2025-10-16/day']);
  });

  it('serves "both sides" in the lead of a sentence-case headline too', () => {
    const text = [
      'Sudan and South Sudan agree to reopen border crossings',
      '',
      'Both sides met in Juba on Friday.',
    ].join('\n');
    expect(events(text, 'CONSULT')).toEqual(['sdn+ssd 2025-10-17/day']);
  });

  it('leaves out a mediator the headline names', () => {
    const text = [
      'Rwanda And Burundi Sign Qatar-Brokered Border Pact',
      '',
      'The two countries signed the pact in Doha on Thursday.',
    ].join('\n');
    expect(events(text, 'AGREE').at(-1)).toBe('bdi+rwa 2025-10-16/day');
  });

  it('gives way to a pair the body names itself', () => {
    const text = [
      'Serbia And Kosovo Sign Trade Pact',
      '',
      'Armenia and Azerbaijan also met in Abu Dhabi on Friday. The two countries agreed on Saturday to reopen roads.',
    ].join('\n');
    expect(events(text, 'AGREE').at(-1)).toBe('arm+aze 2025-10-18/day');
  });
});
