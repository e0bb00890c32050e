import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-06-12'; // a Wednesday
const parties = (text: string) => eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target]);

describe('seas, rivers and landforms named after a state', () => {
  it('does not make the state in a sea or gulf name an actor', () => {
    expect(parties('The Greek and Turkish navies held talks on incidents in the Aegean Sea on Tuesday.')).toEqual([
      ['CONSULT', ['grc-military', 'tur-military'], []],
    ]);
    expect(
      parties(
        'Vietnam and Malaysia agreed on Monday to hold joint patrols in the East China Sea and the Gulf of Thailand.',
      )
        .flatMap(([, source, target]) => [...(source as string[]), ...(target as string[])])
        .sort(),
    ).not.toContain('chn');
    expect(parties('Kenyan warships fired on pirates in the Indian Ocean on Monday.').flat(2)).not.toContain('ind');
    expect(parties('Drones struck a tanker in the Gulf of Oman on Sunday.').flat(2)).not.toContain('omn');
  });

  it('does not make the state in a river, valley or peninsula name an actor', () => {
    expect(parties('Israeli troops raided villages in the Jordan Valley on Monday.').flat(2)).not.toContain('jor');
    expect(parties('Seoul and Washington discussed security on the Korean Peninsula on Monday.')).toEqual([
      ['CONSULT', ['kor', 'usa'], []],
    ]);
    expect(parties('Gunmen attacked an oil platform in the Niger Delta on Sunday.').flat(2)).not.toContain('ner');
  });

  it('still reads the state when it is named on its own', () => {
    expect(parties('Oman hosted talks between Iran and the United States in Muscat on Saturday.').flat(2)).toContain(
      'omn',
    );
    expect(parties('China warned Japan over its patrols on Tuesday.')).toEqual([['THREATEN', ['chn'], ['jpn']]]);
  });
});
