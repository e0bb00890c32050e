import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A perfect participle opening the sentence ("Having met ..., X flew"), an act left undone ("without
// signing"), and a quarrel ("argued with"). Each sentence is the team's own.
const PUBLISHED = '2025-06-14'; // a Saturday
const typed = (text: string) =>
  eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target, e.modality, e.date, e.datePrecision]);

describe('a perfect participle opening the sentence', () => {
  it('takes the main clause subject as its own subject', () => {
    expect(typed('Having met Modi in New Delhi on Wednesday, Prabowo flew to Islamabad on Thursday.')).toContainEqual([
      'CONSULT',
      ['prabowo-subianto'],
      ['narendra-modi'],
      'occurred',
      '2025-06-11',
      'day',
    ]);
  });

  it('takes the main clause day when it names none of its own', () => {
    expect(typed('Having quarrelled with Orban in Brussels, Zelensky left the summit on Friday.')).toContainEqual([
      'ACCUSE',
      ['volodymyr-zelensky'],
      ['viktor-orban'],
      'occurred',
      '2025-06-13',
      'day',
    ]);
  });

  it('takes no day across a verb of saying', () => {
    const events = typed('Having met Ramaphosa in Pretoria, Ruto said on Friday that Kenya would buy more grain.');
    expect(events.find((e) => e[0] === 'CONSULT')?.[5]).toBe('unknown');
  });
});

describe('a meeting noun in a phrase opening the sentence', () => {
  it("is the main clause subject's meeting", () => {
    expect(typed('Speaking during a visit to Kenya on Thursday, Abiy said the dam talks would resume.')).toContainEqual(
      ['CONSULT', ['abiy-ahmed'], ['ken'], 'occurred', '2025-06-12', 'day'],
    );
    expect(
      typed('After talks with Erdogan in Ankara, Aliyev said the corridor would open.').map((e) => e[1]),
    ).toContainEqual(['ilham-aliyev']);
  });

  it('gives an attack in such a phrase no attacker', () => {
    expect(
      typed('After the shelling of Kharkiv, Zelensky said Russia must pay.').filter((e) => e[0] === 'ASSAULT'),
    ).not.toContainEqual(expect.arrayContaining([['volodymyr-zelensky']]));
  });
});

describe('an act left undone', () => {
  it('reads "without <verb>-ing" as denied', () => {
    expect(
      typed('Pashinyan left Brussels without signing the border protocol with Azerbaijan.').find(
        (e) => e[0] === 'AGREE',
      )?.[3],
    ).toBe('denied');
  });
});
