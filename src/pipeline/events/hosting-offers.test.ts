import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An offer to host a meeting between two other parties ("ready to host talks between A and B", "offered to host
// a summit between A and B") is the host's AGREE with both (CAMEO 036/039, an intent to meet or mediate), made
// when it is said; the meeting itself stays hypothetical. Each sentence is the team's own.
const agreements = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'AGREE')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`)
    .sort();

describe('an offer to host a meeting between others', () => {
  it('is the host’s AGREE with both parties of the meeting', () => {
    expect(agreements('Saudi Arabia is ready to host a summit between Putin and Zelensky.')).toEqual([
      'sau>vladimir-putin occurred',
      'sau>volodymyr-zelensky occurred',
    ]);
    expect(agreements('Qatar said it was willing to host negotiations between Hamas and Israel.')).toEqual([
      'qat>hamas occurred',
      'qat>isr occurred',
    ]);
    expect(agreements('Kenya said it was prepared to host talks between the Sudanese army and the RSF.')).toEqual([
      'ken>rsf occurred',
      'ken>sdn-military occurred',
    ]);
  });

  it('widens an offer read from "offered to" to both parties', () => {
    expect(agreements('Turkey offered to host talks between Russia and Ukraine.')).toEqual([
      'tur>rus occurred',
      'tur>ukr occurred',
    ]);
    expect(agreements('Angola offered on Monday to host a meeting between Tshisekedi and Kagame.')).toEqual([
      'ago>felix-tshisekedi occurred',
      'ago>paul-kagame occurred',
    ]);
  });

  it('leaves a meeting hosted or scheduled, which is no offer', () => {
    expect(agreements('Oman will host a new round of talks between Iran and the United States on Saturday.')).toEqual(
      [],
    );
    expect(agreements('Egypt hosted talks between Hamas and Israel on Monday.')).toEqual([]);
  });
});
