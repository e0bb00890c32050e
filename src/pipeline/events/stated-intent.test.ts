import { describe, expect, it } from 'vitest';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import { eventsOf } from '../test-support/resources.ts';
import type { Participant } from './participants.ts';
import { accusationOf, type ReportedDraft } from './stated-intent.ts';

// Verbal events made from what an actor says it will or will not do (PLOVER: a promise to do X is AGREE, a
// refusal a REJECT, a stated coercive intent a THREATEN; the act itself stays, never as occurred). Each
// sentence is the team's own.
const PUBLISHED = '2025-07-08';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);
const sources = (text: string, type: string) => [...new Set(of(text, type).flatMap((e) => e.source))].sort();

describe('a negated future acceptance, support or concession is a REJECT', () => {
  it('reads "would not support sanctions" as a REJECT by the speaker, the support itself denied', () => {
    const text = 'Guyana said it would not support sanctions against Venezuela.';
    expect(sources(text, 'REJECT')).toEqual(['guy']);
    expect(of(text, 'SUPPORT').every((e) => e.modality === 'denied')).toBe(true);
  });

  it('reads "will not accept any new refugees" as a REJECT', () => {
    const text = 'Eritrea said it would not accept any new refugees from Ethiopia.';
    expect(sources(text, 'REJECT')).toEqual(['eri']);
    expect(of(text, 'AGREE').every((e) => e.modality === 'denied')).toBe(true);
  });

  it('reads "would not recognise the ruling" as a REJECT', () => {
    expect(sources("Venezuela said it would not recognise the court's ruling.", 'REJECT')).toEqual(['ven']);
  });

  it('reads "will no longer cooperate" as a REJECT, not a promise to cooperate', () => {
    const text = 'Serbia will no longer cooperate with Kosovo police.';
    expect(sources(text, 'REJECT')).toEqual(['srb']);
    expect(of(text, 'AGREE')).toEqual([]);
    expect(of(text, 'COOPERATE').every((e) => e.modality === 'denied')).toBe(true);
  });

  it('does not make a past refusal to support into a stated REJECT', () => {
    expect(of('Guyana did not support the sanctions against Venezuela last year.', 'REJECT')).toEqual([]);
  });
});

describe('a refusal on a condition ("will not ... unless") is a THREATEN', () => {
  const text =
    'Vucic said Serbia would not sign the agreement with Kosovo unless Pristina dissolved its special police.';

  it('reads the conditional refusal as a THREATEN by the one refusing and its speaker, not as a REJECT', () => {
    expect(sources(text, 'THREATEN')).toEqual(['aleksandar-vucic', 'srb']);
    expect(of(text, 'REJECT')).toEqual([]);
  });

  it('keeps the signing itself as hypothetical: it happens if the condition is met', () => {
    const signing = of(text, 'AGREE').filter((e) => !e.trigger.text.startsWith('said'));
    expect(signing.length).toBeGreaterThan(0);
    expect(signing.every((e) => e.modality === 'hypothetical')).toBe(true);
  });
});

describe('stated threats: readiness or a condition attached to a coercive act', () => {
  it('reads "prepared to impose a blockade" as a THREATEN, the blockade not as done', () => {
    const text = 'Serbia said it was prepared to impose a blockade on Kosovo.';
    expect(sources(text, 'THREATEN')).toEqual(['srb']);
    expect(of(text, 'COERCE').every((e) => e.modality !== 'occurred')).toBe(true);
  });

  it('reads "could cut ties ... if" as a THREATEN, the cut hypothetical', () => {
    const text = 'Ethiopia could cut ties with Eritrea if the border stays closed, Abiy Ahmed said.';
    expect(sources(text, 'THREATEN')).toEqual(['abiy-ahmed', 'eth']);
    expect(of(text, 'SANCTION').every((e) => e.modality === 'hypothetical')).toBe(true);
  });

  it('does not read a bare possibility without a condition as a threat', () => {
    expect(of('Ethiopia may halt aid to Eritrea, analysts said.', 'THREATEN')).toEqual([]);
  });
});

describe('a conditional offer to meet is an AGREE (PLOVER: offer or willingness to meet or negotiate)', () => {
  it('reads "would meet ... if" as an AGREE by the one offering, the meeting not as done', () => {
    const text = 'Kurti said he would meet Vucic if the EU guaranteed the deal.';
    expect(sources(text, 'AGREE')).toEqual(['albin-kurti']);
    expect(of(text, 'CONSULT').every((e) => e.modality !== 'occurred')).toBe(true);
  });

  it('finds the condition past an abbreviation with full stops ("U.N.")', () => {
    const text = 'Taliban leaders said on Monday they would meet U.N. envoy Caroline Ziadeh if she dropped the plan.';
    expect(sources(text, 'AGREE')).toEqual(['taliban']);
  });

  it('reads "willing to meet" as an AGREE', () => {
    const text = 'Kurti said he was willing to meet Vucic if the EU guaranteed the deal.';
    expect(sources(text, 'AGREE')).toEqual(['albin-kurti']);
  });

  it('does not make a scheduled meeting into an AGREE', () => {
    expect(of('Kurti will meet Vucic in Brussels on Thursday.', 'AGREE')).toEqual([]);
  });
});

describe('conditions that make no threat of the actor', () => {
  it('reads a threat in the main clause after an opening condition', () => {
    expect(sources('If talks fail, Serbia could impose new sanctions on Kosovo.', 'THREATEN')).toEqual(['srb']);
  });

  it('does not make an act inside an "unless" condition a threat by its actor', () => {
    const text = 'Kosovo said Serbia would face sanctions unless it stopped attacking Kosovo police.';
    expect(of(text, 'THREATEN').flatMap((e) => e.source)).not.toContain('srb');
  });

  it('keeps a refused act as not done beside the refusal', () => {
    const text = 'Eritrea refused to withdraw its troops from the border town.';
    expect(sources(text, 'REJECT')).toEqual(['eri']);
    expect(of(text, 'RETREAT').every((e) => e.modality !== 'occurred')).toBe(true);
  });
});

describe('an attack reported by the side attacked is its ACCUSE of the attacker', () => {
  // Drafts as the participant finder would give them for "Kosovo said Serbia had attacked its police"; the
  // speaker of the verb of saying comes in `saidBy`.
  const party = (actorId: string): Participant => ({ actorId, span: null, via: 'name' });
  const statement = { date: '2025-07-08' } as unknown as ResolvedDate;
  const sideOf = (id: string) => id.split('-')[0]!;
  const draft = (type: string, source: string[], target: string[], saidBy: string[], modality = 'occurred') =>
    ({
      type,
      modality,
      modalityCue: 'past tense',
      source: source.map(party),
      target: target.map(party),
      saidBy: saidBy.map(party),
    }) as unknown as ReportedDraft;

  it('reads the side attacked reporting the attack as an ACCUSE of the attacker, dated by the saying', () => {
    const accusation = accusationOf(draft('ASSAULT', ['srb'], ['xkx-police'], ['xkx']), statement, sideOf);
    expect(accusation?.type).toBe('ACCUSE');
    expect(accusation?.source.map((p) => p.actorId)).toEqual(['xkx']);
    expect(accusation?.target.map((p) => p.actorId)).toEqual(['srb']);
    expect(accusation?.modality).toBe('occurred');
    expect(accusation?.date).toBe(statement);
  });

  it('makes no accusation of a third party reporting the attack', () => {
    expect(accusationOf(draft('ASSAULT', ['eri-military'], ['eth-civilians'], ['un']), statement, sideOf)).toBeNull();
  });

  it('makes no accusation of a side reporting its own strike, nor of a denied or planned one', () => {
    expect(accusationOf(draft('ASSAULT', ['ven-military'], ['guy'], ['ven']), statement, sideOf)).toBeNull();
    expect(accusationOf(draft('ASSAULT', ['srb'], ['xkx'], ['xkx'], 'denied'), statement, sideOf)).toBeNull();
    expect(accusationOf(draft('ASSAULT', ['srb'], ['xkx'], ['xkx'], 'planned'), statement, sideOf)).toBeNull();
  });

  it('blames only acts of force or repression, not a meeting or aid', () => {
    expect(accusationOf(draft('CONSULT', ['srb'], ['xkx'], ['xkx']), statement, sideOf)).toBeNull();
    expect(accusationOf(draft('AID', ['srb'], ['xkx'], ['xkx']), statement, sideOf)).toBeNull();
  });

  it('makes no accusation when nobody is named as saying it', () => {
    expect(accusationOf(draft('ASSAULT', ['srb'], ['xkx'], []), statement, sideOf)).toBeNull();
  });
});

describe('who states an intent, and to whom a promise is made', () => {
  it('makes the one who pledged "that" their side would act a source of the promise', () => {
    const text = 'Donald Tusk pledged on Monday that Poland would keep sending humanitarian aid to Moldova.';
    expect(sources(text, 'AGREE')).toEqual(['donald-tusk', 'pol']);
  });

  it('does not make a speaker of another side the source of what they report', () => {
    expect(sources('Rubio said Venezuela would send aid to Cuba.', 'AGREE')).toEqual(['ven']);
  });

  it('gives a promise naming no counterpart the target of the act promised', () => {
    const text = 'Hamas agreed on Sunday to release Israeli hostages held in Gaza.';
    const promise = of(text, 'AGREE').filter((e) => e.modality === 'occurred');
    // The hostages stand for their state (held-people.ts).
    expect(promise.flatMap((e) => e.target)).toEqual(['isr']);
  });

  it('does not give a promise the target of an act done by someone else', () => {
    const text = 'Serbia agreed to talks after Kosovo police arrested Serbian protesters.';
    expect(of(text, 'AGREE').flatMap((e) => e.target)).not.toContain('srb-opposition');
  });
});

describe('whom a stated refusal and a conditional promise are made to', () => {
  it('gives a refusal naming no one the other party of the sentence ("whatever X demanded")', () => {
    const text = 'Tehran said it would never withdraw its forces from the islands, whatever the UAE demanded.';
    expect(of(text, 'REJECT').flatMap((e) => e.target)).toEqual(['are']);
  });

  it('gives a promise on a condition the party of the condition when its act names no one', () => {
    const text = 'Israel agreed to withdraw from Rafah if Hamas released all hostages.';
    const promise = of(text, 'AGREE').filter((e) => e.modality === 'occurred');
    expect(promise.flatMap((e) => e.target)).toEqual(['hamas']);
  });
});
