import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "called X to press for calm" is a phone call made for a purpose, done on the call, as "rallied on Saturday to
// demand" is a demand made by rallying; "called on X to withdraw" is a request whose infinitive is what is
// asked, no event of its own. Published Monday 7 July 2025. The
// sentences are the team's own.
const MONDAY = '2025-07-07';

describe('the purpose of a phone call is an act done on the call', () => {
  it.each([
    ['Rubio called Sharif and Jaishankar on Thursday to press for de-escalation.', '2025-07-03'],
    ['Macron called Putin on Friday to demand a ceasefire in Ukraine.', '2025-07-04'],
    ['Erdogan phoned Aliyev on Saturday to press for a return to talks with Armenia.', '2025-07-05'],
  ])('%s', (sentence, day) => {
    const request = eventsOf(sentence, MONDAY).find((e) => e.type === 'REQUEST');
    expect(request, 'no REQUEST').toBeDefined();
    expect({ modality: request!.modality, date: request!.date }).toEqual({ modality: 'occurred', date: day });
    expect(eventsOf(sentence, MONDAY).some((e) => e.type === 'CONSULT')).toBe(true);
  });
});

describe('"called on X to" asks: the act asked for is no event', () => {
  it.each([
    ['Blinken called on Rwanda to withdraw its troops from Congo.', 'RETREAT'],
    ['The EU called on Serbia to withdraw its forces from the border.', 'RETREAT'],
  ])('%s', (sentence, asked) => {
    const types = eventsOf(sentence, MONDAY).map((e) => e.type);
    expect(types).toContain('REQUEST');
    expect(types).not.toContain(asked);
  });
});

describe('the purpose of a gathering is done by gathering', () => {
  it.each([
    ["Thousands of protesters rallied in Seoul on Saturday to demand Yoon Suk Yeol's arrest.", 'REQUEST', '2025-07-05'],
    ['Protesters marched in Islamabad on Friday to denounce the Indian strikes.', 'ACCUSE', '2025-07-04'],
    [
      'Demonstrators gathered outside the Russian embassy in Tbilisi on Sunday to condemn the invasion.',
      'ACCUSE',
      '2025-07-06',
    ],
  ])('%s: %s on %s', (sentence, type, day) => {
    const event = eventsOf(sentence, MONDAY).find((e) => e.type === type);
    expect(event, `no ${type}`).toBeDefined();
    expect({ modality: event!.modality, date: event!.date }).toEqual({ modality: 'occurred', date: day });
  });
});
