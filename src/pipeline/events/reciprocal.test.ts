import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "Each other" and "one another": every party of the subject acts on the others; the sentences are the team's own.
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-03-04')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .sort();

describe('reciprocal objects', () => {
  it('codes "accused each other" as two accusations, one each way', () => {
    expect(
      dyads('Ethiopia and Eritrea accused each other of massing troops on the border on Sunday.', 'ACCUSE'),
    ).toEqual(['eri>eth', 'eth>eri']);
  });

  it('reads a preposition before "one another"', () => {
    expect(dyads('Serbian and Kosovar police fired on one another near the crossing overnight.', 'ASSAULT')).toEqual([
      'srb-police>xkx-police',
      'xkx-police>srb-police',
    ]);
  });

  it('keeps the modality of a denied reciprocal act', () => {
    const attacks = eventsOf('Chad and Sudan agreed not to attack each other.', '2025-03-04').filter(
      (e) => e.type === 'ASSAULT',
    );
    expect(attacks.map((e) => `${e.source}>${e.target} ${e.modality}`).sort()).toEqual([
      'sdn>tcd denied',
      'tcd>sdn denied',
    ]);
  });

  it('leaves a subject acting on a named target alone', () => {
    expect(dyads('Ethiopia and Eritrea accused Sudan of arming rebels.', 'ACCUSE')).toEqual(['eth+eri>sdn']);
  });
});
