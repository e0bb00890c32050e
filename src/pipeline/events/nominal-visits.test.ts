import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A visit told as a noun ("a visit by X to Y", "the visit of X to Y", "X's visit to Y") is a CONSULT of the
// visitor with the host, the government of the place visited; the verb governing the noun gives its modality.
// Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const consults = (text: string) => typed(text).filter((e) => e[0] === 'CONSULT');

describe('a visit told as a noun', () => {
  it('takes the visitor after "by" and the host of the place after "to"', () => {
    expect(consults('A visit by Araghchi to Cairo was called off.')).toEqual([
      ['CONSULT', ['abbas-araghchi'], ['egy'], 'denied'],
    ]);
    expect(consults('Ahead of a visit by Rubio to Panama next week, officials met in Washington.')).toContainEqual([
      'CONSULT',
      ['marco-rubio'],
      ['pan'],
      'planned',
    ]);
  });

  it('takes a state named in an indefinite visitor phrase', () => {
    expect(consults('A visit by an Iranian delegation to Baghdad was cancelled.')).toEqual([
      ['CONSULT', ['irn'], ['irq'], 'denied'],
    ]);
  });

  it('takes a state named after "to" as the host', () => {
    expect(consults('A visit by Ruto to Somalia took place on Thursday.')).toContainEqual([
      'CONSULT',
      ['william-ruto'],
      ['som'],
      'occurred',
    ]);
  });

  it('takes the visitor after "of"', () => {
    expect(consults('The visit of Wang Yi to New Delhi went ahead on Monday.')).toEqual([
      ['CONSULT', ['wang-yi'], ['ind'], 'occurred'],
    ]);
    expect(consults('The visit of Erdogan to Baghdad was postponed.')).toEqual([
      ['CONSULT', ['recep-tayyip-erdogan'], ['irq'], 'denied'],
    ]);
  });

  it('is a visit to the place it names, not to a party the main clause names', () => {
    expect(consults("Modi's visit to Moscow last month angered Washington.")).toEqual([
      ['CONSULT', ['narendra-modi'], ['rus'], 'occurred'],
    ]);
  });

  it('keeps its owner across a compound describing it', () => {
    expect(consults("Lavrov's two-day visit to Pyongyang ended on Friday.")).toEqual([
      ['CONSULT', ['sergey-lavrov'], ['prk'], 'occurred'],
    ]);
  });

  it('is no meeting that took place when the visit is called off', () => {
    const events = typed('Pakistan cancelled a visit by its foreign minister to Dhaka.');
    expect(events).toContainEqual(['SANCTION', ['pak'], ['bgd'], 'occurred']);
    expect(events.filter((e) => e[0] === 'CONSULT' && e[3] === 'occurred')).toEqual([]);
  });

  it('reads a trip or journey as it reads a visit', () => {
    expect(consults('Erdogan made a trip to Baku on Monday.')).toEqual([
      ['CONSULT', ['recep-tayyip-erdogan'], ['aze'], 'occurred'],
    ]);
    expect(consults('Modi began a two-day trip to Moscow on Monday.')).toEqual([
      ['CONSULT', ['narendra-modi'], ['rus'], 'occurred'],
    ]);
    expect(consults("Zelensky's trip to Washington was postponed.")).toEqual([
      ['CONSULT', ['volodymyr-zelensky'], ['usa'], 'denied'],
    ]);
    expect(consults('A trip by Araghchi to Riyadh was called off.')).toEqual([
      ['CONSULT', ['abbas-araghchi'], ['sau'], 'denied'],
    ]);
    expect(consults('The journey of Lavrov to Pyongyang ended on Friday.')).toEqual([
      ['CONSULT', ['sergey-lavrov'], ['prk'], 'occurred'],
    ]);
  });
});
