import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../events/event-records.ts';
import { clustered, partiesOf, report } from './test-events.ts';

const parties = partiesOf({ 'hou-fighters': 'hou' });
const span = (actorId: string, text: string) => ({ actorId, text, start: 0, end: text.length });

/**
 * An attack whose target was read from the place it fell on: the target's words are the location's, after a
 * facility there ("the rebels fired a drone at a naval base in Djibouti").
 */
const onPlace = (source: string, country: string, name: string, sentence = `a drone at a naval base in ${name}`) =>
  report({
    type: 'ASSAULT',
    source: [source],
    target: [country],
    location: name,
    actorSpans: [span(source, source), span(country, name)],
    evidence: { text: `The rebels fired ${sentence} on Monday.`, start: 0, end: 1 },
  });
const attack = (source: string, target: string, over: Partial<ExtractedEvent> = {}) =>
  report({ type: 'ASSAULT', source: [source], target: [target], ...over });

describe('an attack whose target is only the place it fell on', () => {
  it('joins the report naming whose base was hit there: the host country is where, not whom', () => {
    const where = onPlace('hou', 'dji', 'Djibouti');
    const whom = attack('hou', 'gbr');
    const later = attack('hou-fighters', 'gbr', { datePrecision: 'unknown', date: '2025-07-08' });
    expect(clustered([where, whom, later], parties)).toEqual([[where.id, whom.id, later.id]]);
  });

  it('stays alone when the same side attacked two different parties that day', () => {
    const where = onPlace('hou', 'dji', 'Djibouti');
    const first = attack('hou', 'gbr');
    const second = attack('hou', 'usa');
    expect(clustered([where, first, second], parties)).toHaveLength(3);
  });

  it('keeps a place with no facility in it as the target: "strikes in a country" are on that country', () => {
    const strikes = onPlace('hou', 'dji', 'Djibouti', 'rockets at targets in Djibouti');
    const whom = attack('hou', 'gbr');
    expect(clustered([strikes, whom], parties)).toHaveLength(2);
  });

  it('does not join a report of an attack placed somewhere else', () => {
    const where = onPlace('hou', 'dji', 'Djibouti');
    const elsewhere = attack('hou', 'gbr', { location: 'Red Sea' });
    expect(clustered([where, elsewhere], parties)).toHaveLength(2);
  });

  it('joins neither an attack by the other side nor one on a target named in its own words elsewhere', () => {
    const where = onPlace('hou', 'dji', 'Djibouti');
    const reverse = attack('gbr', 'hou');
    const named = report({
      type: 'ASSAULT',
      source: ['hou'],
      target: ['sau'],
      location: 'Jizan',
      actorSpans: [span('hou', 'hou'), span('sau', 'Saudi Arabia')],
    });
    const other = attack('hou', 'usa');
    expect(clustered([where, reverse, named, other], parties)).toEqual([
      [where.id, other.id],
      [reverse.id],
      [named.id],
    ]);
  });
});
