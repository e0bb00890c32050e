import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-03-15'; // a Friday
const ofType = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('a negation reaches no event past a comma or a circumstance', () => {
  it('keeps the talks after a pledge not to use force as talks that happened', () => {
    const talks = ofType('Bolivia and Chile agreed on Thursday not to use force, after talks in Brasilia.', 'CONSULT');
    expect(talks.map((e) => e.modality)).toEqual(['occurred']);
  });

  it('dates such talks in the past, where a denied event would be dated ahead', () => {
    const talks = ofType('Ghana and Togo pledged not to raise tariffs after talks in Accra on Monday.', 'CONSULT');
    expect(talks.map((e) => [e.modality, e.date])).toEqual([['occurred', '2024-03-11']]);
  });

  it('still denies the act the negation stands before', () => {
    const attacks = ofType(
      'Ghana and Togo pledged not to attack each other after talks in Accra on Monday.',
      'ASSAULT',
    );
    expect(attacks.map((e) => e.modality)).toEqual(['denied', 'denied']);
  });
});

describe('a reciprocal object', () => {
  it('takes the place of any party named after it', () => {
    const attacks = ofType('Ghana and Togo pledged not to attack each other after talks in Lome on Monday.', 'ASSAULT');
    expect(attacks.map((e) => [e.source, e.target])).toEqual([
      [['gha'], ['tgo']],
      [['tgo'], ['gha']],
    ]);
  });
});

describe('a reciprocal object shared by coordinated verbs', () => {
  it('gives "threaten or use force against each other" to both parties, not to the place of the talks', () => {
    const threats = ofType(
      'Ghana and Togo pledged not to threaten or use force against each other, after talks on the island of Barbados.',
      'THREATEN',
    );
    expect(threats.map((e) => [e.source, e.target])).toEqual([
      [['gha'], ['tgo']],
      [['tgo'], ['gha']],
    ]);
  });
});

describe('a day right after a verb in the past tense', () => {
  it('is a day gone by, even when the act the verb governs is still to come', () => {
    const events = eventsOf('Ghana decided on Monday to expel the Togolese ambassador.', '2023-03-12');
    expect(events.map((e) => e.date)).toContain('2023-03-06');
    expect(events.map((e) => e.date)).not.toContain('2023-03-13');
  });

  it('reads past a place the verb names ("agreed in Ankara on Tuesday to")', () => {
    const events = eventsOf('Kenya decided in Nairobi on Monday to send troops to Haiti.', '2024-11-20');
    expect(events.filter((e) => e.type === 'MOBILIZE').map((e) => e.date)).toEqual(['2024-11-18']);
  });

  it('leaves a day after a verb in the future alone', () => {
    const events = eventsOf('France will send two frigates to the Red Sea on Monday.', '2023-03-12');
    expect(events.filter((e) => e.type === 'MOBILIZE').map((e) => e.date)).toEqual(['2023-03-13']);
  });
});
