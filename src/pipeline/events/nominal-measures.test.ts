import { describe, expect, it } from 'vitest';
import { dyadLine, typedEvents } from '../test-support/resources.ts';

// A measure announced or ordered as a noun is the act its verb names, with the light verb's tense. The sentences
// are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('a measure announced or ordered by its noun', () => {
  it('is typed as its verb would be, on the party the verb would take', () => {
    expect(of('The EU announced a freeze on the assets of Russian oligarchs.', 'SANCTION')).toBe('eu>rus');
    expect(of('Japan announced the suspension of aid to Myanmar on Monday.', 'SANCTION')).toBe('jpn>mmr');
    expect(of('Mali announced the expulsion of the French ambassador.', 'SANCTION')).toBe('mli>fra');
    expect(of('Venezuela ordered the withdrawal of its ambassador from Panama.', 'SANCTION')).toBe('ven>pan');
    expect(of('Ukraine imposed a ban on Russian books.', 'COERCE')).toBe('ukr>rus');
    expect(of('Turkey announced a mobilisation of reservists.', 'MOBILIZE')).toBe('tur>');
  });

  it('takes the tense of the light verb', () => {
    const events = typedEvents('Russia will announce the withdrawal of its troops from Kherson.', '2025-03-10');
    expect(events.filter(([type]) => type === 'RETREAT').map(([, , , modality]) => modality)).toEqual(['planned']);
  });

  it('needs a noun of a measure and its preposition', () => {
    expect(of('Kenya announced the results of the election.', 'SANCTION')).toBe('');
    expect(of('The president announced the withdrawal of his candidacy.', 'RETREAT')).toBe('');
  });
});
