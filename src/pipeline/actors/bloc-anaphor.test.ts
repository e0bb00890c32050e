import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

describe('"the bloc" after the article named an intergovernmental organisation', () => {
  it('is the organisation named last', () => {
    expect(
      dyadLine(
        'ASEAN foreign ministers met in Kuala Lumpur on Monday. The bloc urged Myanmar to free Aung San Suu Kyi.',
        'REQUEST',
        '2021-10-18',
      ),
    ).toMatch(/^asean>mmr/);
    expect(
      dyadLine(
        'ECOWAS leaders met in Abuja on Sunday. The regional bloc imposed sanctions on Niger.',
        'SANCTION',
        '2023-07-31',
      ),
    ).toMatch(/^ecowas>ner/);
  });

  it('takes a count of members before the noun', () => {
    expect(
      dyadLine(
        'The EU agreed on new measures on Monday. The 27-nation bloc imposed sanctions on three Russian banks.',
        'SANCTION',
        '2025-03-03',
      ),
    ).toMatch(/^eu>rus/);
  });

  it('is nobody when the article named no such body', () => {
    expect(dyadLine('The bloc imposed sanctions on three Iranian banks.', 'SANCTION', '2025-03-03')).not.toMatch(/^\w/);
  });
});
