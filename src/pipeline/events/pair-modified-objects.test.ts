import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const dyads = (text: string, published = '2025-04-23') =>
  eventsOf(text, published).map((e) => `${e.type} ${e.source.join('+')}>${e.target.join('+')}`);

describe('an object noun modified by a hyphenated pair of parties', () => {
  it('is still the object of the verb, and the pair member other than the actor is acted on', () => {
    expect(dyads('Thailand suspended the Thai-Cambodian peace declaration on Monday.')).toEqual(['SANCTION tha>khm']);
    expect(dyads('Kenya suspended the Kenya-Somalia trade pact on Friday.')).toEqual(['SANCTION ken>som']);
  });

  it('does not make the actor its own target when the pair opens with it', () => {
    expect(dyads('Armenia froze the Armenia-Turkey border agreement in 2010.')).toEqual(['SANCTION arm>tur']);
  });
});
