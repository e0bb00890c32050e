import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Sources and targets of the events of one type, each event as "source>target".
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-07-08')
    .filter((e) => e.type === type)
    .map((e) => `${[...e.source].sort().join('+')}>${[...e.target].sort().join('+')}`);
const targets = (text: string) => eventsOf(text, '2025-07-08').flatMap((e) => e.target);

describe('a mediator is neither side of what the two sides do', () => {
  it('does not make the broker of a truce the party the truce is agreed with', () => {
    const text = 'Ethiopia and the TPLF agreed to a truce brokered by the African Union.';
    expect(targets(text).filter((id) => id === 'african-union')).toEqual([]);
    expect(dyads(text, 'AGREE')).toEqual(['eth+tplf>']);
  });

  it('does not make the mediator of the talks the other side of an act agreed at them', () => {
    const text = 'At talks mediated by Qatar, Congo and the M23 agreed to release prisoners.';
    expect(targets(text).filter((id) => id === 'qat')).toEqual([]);
  });
});

describe('"the two sides" after a hosted meeting', () => {
  it('are the parties the host brought together, in the next sentence', () => {
    expect(
      dyads(
        'Turkey hosted talks between Russia and Ukraine on Friday. The two sides agreed to swap prisoners.',
        'AGREE',
      ),
    ).toEqual(['rus+ukr>']);
    expect(
      dyads(
        'Kazakhstan hosted talks between Armenia and Azerbaijan. Both countries agreed to open the border.',
        'AGREE',
      ),
    ).toEqual(['arm+aze>']);
  });

  it('are the parties of a meeting reported earlier in the same sentence', () => {
    expect(
      dyads(
        'Saudi Arabia hosted the meeting between Ukraine and the United States, and the two sides agreed on a ceasefire.',
        'AGREE',
      ),
    ).toEqual(['ukr+usa>']);
  });

  it('keep the host when the host and one guest are the only two', () => {
    expect(dyads('Qatar hosted Rubio in Doha on Monday. Both sides agreed to expand trade.', 'AGREE')).toEqual([
      'marco-rubio+qat>',
    ]);
  });
});

describe('a party named before a trailing verb of saying', () => {
  it('is who reports the act, not its counterpart', () => {
    expect(dyads('Thailand and Cambodia agreed to a ceasefire, Malaysia said.', 'AGREE')).toEqual(['khm+tha>']);
    expect(dyads('Serbia and Kosovo agreed to resume talks, the European Union said.', 'AGREE')).toEqual(['srb+xkx>']);
  });

  it('still lets a name in apposition be the object', () => {
    expect(dyads('Lammy met his counterpart, Andrii Sybiha, in London on Monday.', 'CONSULT')).toEqual([
      'david-lammy>andrii-sybiha',
    ]);
  });
});

describe('an object "him" or "her" right before a trailing verb of saying', () => {
  it('is the person who says it', () => {
    expect(dyads('Kagame refused to meet him, Tshisekedi told reporters.', 'CONSULT')).toEqual([
      'paul-kagame>felix-tshisekedi',
    ]);
  });
});
