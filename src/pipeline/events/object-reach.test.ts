import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const parties = (text: string, type: string) =>
  [
    ...new Set(
      eventsOf(text, '2025-03-11')
        .filter((e) => e.type === type)
        .flatMap((e) => [...e.source, ...e.target]),
    ),
  ].sort();

describe("an object read past the event's place and day", () => {
  it('finds the parties after "in <place> on <day>"', () => {
    expect(
      parties('Wang Yi held talks in Islamabad on Wednesday with his Pakistani and Afghan counterparts.', 'CONSULT'),
    ).toEqual(['afg', 'pak', 'wang-yi']);
    expect(
      parties('Ruto hosted talks in Nairobi on Saturday with his Congolese and Rwandan counterparts.', 'CONSULT'),
    ).toEqual(['cod', 'rwa', 'william-ruto']);
  });
});

describe('a name qualifying the occasion an act takes place at', () => {
  it('is the setting of a joint act, not its party', () => {
    expect(parties('Pashinyan and Aliyev signed the accord at a White House ceremony on Friday.', 'AGREE')).toEqual([
      'ilham-aliyev',
      'nikol-pashinyan',
    ]);
    expect(parties('Putin and Kim signed the treaty at a Kremlin ceremony on Wednesday.', 'AGREE')).toEqual([
      'kim-jong-un',
      'vladimir-putin',
    ]);
  });

  it('stays the target of an attack on those present', () => {
    expect(parties('Israeli jets struck targets at a Hezbollah gathering in Beirut.', 'ASSAULT')).toContain(
      'hezbollah',
    );
  });
});

describe('demonyms joined by a hyphen in the object or the passive subject', () => {
  it('are all parties acted on', () => {
    expect(parties('Pyongyang condemned the US-South Korean drills.', 'ACCUSE')).toEqual(['kor', 'prk', 'usa']);
    expect(parties('Moscow criticised the Azerbaijani-Turkish exercises on Monday.', 'ACCUSE')).toEqual([
      'aze',
      'rus',
      'tur',
    ]);
  });

  it('are all parties when they qualify the subject of a passive', () => {
    expect(
      parties(
        'Kim warned that any US-South Korean exercise near the border would be met with a strong response.',
        'THREATEN',
      ),
    ).toEqual(['kim-jong-un', 'kor', 'usa']);
  });
});

describe("the owner of an act or part in a verb's object", () => {
  it('is the one acted on', () => {
    expect(parties("Macron praised Erdogan's efforts on Friday.", 'SUPPORT')).toEqual([
      'emmanuel-macron',
      'recep-tayyip-erdogan',
    ]);
    expect(parties("Beijing condemned Manila's actions in the South China Sea.", 'ACCUSE')).toEqual(['chn', 'phl']);
    expect(parties("Ruto praised Kagame's role in the talks.", 'SUPPORT')).toEqual(['paul-kagame', 'william-ruto']);
  });

  it('is not the one acted on when the possessed noun is people', () => {
    expect(parties("Lavrov met Iran's regional neighbours in Moscow.", 'CONSULT')).not.toContain('irn');
  });
});
