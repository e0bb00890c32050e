import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const typed = (text: string, type: string) => eventsOf(text, '2025-03-11').filter((e) => e.type === type);
const dyads = (text: string, type: string) => typed(text, type).map((e) => [e.source, e.target]);

describe('a directed act with no target of its own', () => {
  it('acts on the one other side its sentence names (a demonym in its object)', () => {
    expect(dyads('Kenyan President William Ruto called the Somali raids a provocation on Monday.', 'ACCUSE')).toEqual([
      [['william-ruto'], ['som']],
    ]);
  });

  it('acts on the other side named by a capital further on', () => {
    expect(
      dyads(
        'Seoul halted the shipment of shells that were on their way to Warsaw, Polish officials said on Tuesday.',
        'SANCTION',
      ),
    ).toEqual([[['kor'], ['pol']]]);
  });

  it('takes the other party of a pair named as sources of another act', () => {
    const strikes = typed(
      'Ethiopia and Eritrea agreed a truce on Sunday, four days after the first Ethiopian strikes on Tuesday.',
      'ASSAULT',
    );
    expect(strikes.map((e) => [e.source, e.target])).toEqual([[['eth'], ['eri']]]);
  });

  it('is left without a target when the sentence names two other sides', () => {
    const sanctions = typed(
      'Canada suspended the fisheries accord on Monday as Norway and Iceland watched closely.',
      'SANCTION',
    );
    expect(sanctions.map((e) => e.target)).toEqual([[]]);
  });

  it('is left without a target when the sentence names no other side', () => {
    const sanctions = typed('Chile suspended the fisheries accord on Thursday, its foreign ministry said.', 'SANCTION');
    expect(sanctions.map((e) => [e.source, e.target])).toEqual([[['chl'], []]]);
  });

  it('does not give a meeting a counterpart from elsewhere in the sentence', () => {
    const meetings = typed('Ruto met his cabinet in Nairobi on Monday before flying to Somalia.', 'CONSULT');
    expect(meetings.every((e) => !e.target.includes('som') || e.trigger.text !== 'met')).toBe(true);
  });
});
