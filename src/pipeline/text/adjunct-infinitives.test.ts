import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { adjunctBeforeInfinitive, adjunctEndingAt } from './adjunct-infinitives.ts';
import { tokenize } from './tokens.ts';

// A circumstance between a committing verb and its infinitive ("agreed at talks in Abu Dhabi on Friday to ...")
// leaves the infinitive the verb's complement. Each sentence is the team's own, about several conflicts.
const PUBLISHED = '2025-07-07'; // a Monday
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

/** The circumstance found at the first occurrence of `opener`, as its words. */
function circumstance(text: string, opener: string): string {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.lower === opener);
  const length = adjunctBeforeInfinitive(tokens, at);
  return tokens
    .slice(at, at + length)
    .map((t) => t.text)
    .join(' ');
}

describe('the circumstance before "to" and a verb', () => {
  it.each([
    ['Ethiopia and Eritrea decided at a summit in Asmara to reopen their embassies.', 'at', 'at a summit in Asmara'],
    [
      'Japan pledged during a visit to Manila on Tuesday to send boats.',
      'during',
      'during a visit to Manila on Tuesday',
    ],
    ['The leaders agreed on the sidelines of the summit to meet again.', 'on', 'on the sidelines of the summit'],
    [
      'Colombia and the ELN agreed after three days of talks to release hostages.',
      'after',
      'after three days of talks',
    ],
  ])('reads "%s"', (text, opener, words) => {
    expect(circumstance(text, opener)).toBe(words);
  });

  it.each([
    // The infinitive completes the noun before it, not the verb.
    ['Russia and Ukraine agreed in a bid to end the war.', 'in'],
    // A clause of its own: a conjunction, a verb of saying, a comma.
    ['Armenia agreed after talks and decided to open the border.', 'after'],
    ['Hungary agreed after Russia said it would cut supplies to pay in roubles.', 'after'],
    ['Sudan agreed after the talks, which lasted a week, to open corridors.', 'after'],
    // "to" before a noun phrase or a name is no infinitive.
    ['The ministers met at the border to the south.', 'at'],
  ])('finds none in "%s"', (text, opener) => {
    expect(circumstance(text, opener)).toBe('');
  });

  it('finds the widest circumstance ending at a "to", not the place inside it', () => {
    const tokens = tokenize('Serbia and Kosovo agreed during a meeting in Brussels on Thursday to talk.');
    const to = tokens.findIndex((t) => t.lower === 'to');
    expect(tokens[adjunctEndingAt(tokens, to)]?.lower).toBe('during');
  });
});

describe('a committing verb keeps its infinitive across a circumstance', () => {
  it.each([
    ['Ethiopia and Eritrea decided at a summit in Asmara on Monday to reopen their embassies.', ['eri', 'eth']],
    ['Thailand and Cambodia decided after a meeting in Kuala Lumpur to withdraw heavy weapons.', ['khm', 'tha']],
  ])('reads a decision in "%s"', (text, parties) => {
    const [decision] = of(text, 'AGREE');
    expect(decision?.modality).toBe('occurred');
    expect([...decision!.source, ...decision!.target].sort()).toEqual(parties);
  });

  it('reads a pledge made during a visit, and what was pledged as planned', () => {
    const text = 'Japan pledged during a visit to Manila on Tuesday to send patrol boats to the Philippines.';
    expect(of(text, 'AGREE').map((e) => [e.source, e.date])).toEqual([[['jpn'], '2025-07-01']]);
    expect(of(text, 'MOBILIZE').map((e) => [e.source, e.target, e.modality])).toEqual([[['jpn'], ['phl'], 'planned']]);
  });

  it.each([
    ['Colombia and the ELN agreed after three days of talks in Havana to release hostages.', 'RETREAT'],
    ['Serbia and Kosovo agreed during a meeting in Brussels on Thursday to exchange prisoners.', 'RETREAT'],
    ['Thailand and Cambodia decided after a meeting in Kuala Lumpur to withdraw heavy weapons.', 'RETREAT'],
  ])('reads what was agreed in "%s" as planned', (text, type) => {
    expect(of(text, type).map((e) => e.modality)).toEqual(['planned']);
  });

  it('dates what was agreed during a meeting by the meeting, a day gone by', () => {
    const text = 'Serbia and Kosovo agreed during a meeting in Brussels on Thursday to exchange prisoners.';
    expect(of(text, 'AGREE').map((e) => e.date)).toEqual(['2025-07-03']);
    expect(of(text, 'RETREAT').map((e) => e.date)).toEqual(['2025-07-03']);
    expect(of(text, 'CONSULT').map((e) => e.date)).toEqual(['2025-07-03']);
  });

  it('leaves an infinitive that completes a noun of purpose hoped for, as before', () => {
    const [end] = of('Russia and Ukraine agreed in a bid to end the war.', 'RETREAT');
    expect(end?.modality).not.toBe('planned');
  });
});

describe('a verb of motion before a circumstance and an infinitive', () => {
  it('keeps the infinitive a purpose: its "to" is no destination', () => {
    const text = 'Modi travelled after the attack to visit the wounded in Pahalgam.';
    expect(of(text, 'CONSULT')).toEqual([]);
  });
});
