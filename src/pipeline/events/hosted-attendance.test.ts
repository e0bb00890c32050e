import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Each CONSULT as [sorted sources, sorted targets, modality].
const meetings = (text: string) =>
  eventsOf(text, '2025-07-08')
    .filter((e) => e.type === 'CONSULT')
    .map((e) => [[...e.source].sort(), [...e.target].sort(), e.modality]);

describe('a meeting one party hosts and others attend', () => {
  it('is one meeting of the host and all its guests', () => {
    expect(
      meetings('The talks in Doha were hosted by Qatar and attended by delegations from Congo and Rwanda.'),
    ).toEqual([[['cod', 'qat', 'rwa'], [], 'occurred']]);
    expect(
      meetings('Talks hosted by Turkey and attended by Russian and Ukrainian negotiators ended on Friday.'),
    ).toEqual([[['rus', 'tur', 'ukr'], [], 'occurred']]);
    expect(meetings('Egypt hosted talks on Sunday attended by Israeli and Hamas negotiators.')).toEqual([
      [['egy', 'hamas', 'isr'], [], 'occurred'],
    ]);
  });

  it("gives the guests who attend a host's dinner the host too", () => {
    expect(meetings('Aliyev and Pashinyan attended a dinner hosted by Macron on Thursday.')).toEqual([
      [['emmanuel-macron', 'ilham-aliyev', 'nikol-pashinyan'], [], 'occurred'],
    ]);
  });

  it("has a lone guest meet the host, keeping the guest's modality", () => {
    expect(meetings('Ruto attended the talks hosted by Museveni in Entebbe on Saturday.')).toEqual([
      [['william-ruto'], ['yoweri-museveni'], 'occurred'],
    ]);
    expect(meetings('Hun Sen left Phnom Penh on Monday to attend the meeting hosted by Anwar.')).toEqual([
      [['hun-sen'], ['anwar-ibrahim'], 'planned'],
    ]);
  });

  it('has the guests of two sides a host receives together meet each other', () => {
    expect(meetings('Erdogan hosted Russian and Ukrainian delegations in Istanbul on Tuesday.')).toEqual([
      [['recep-tayyip-erdogan', 'rus', 'ukr'], [], 'occurred'],
    ]);
  });

  it('leaves a host with one guest as it was', () => {
    expect(meetings('Trump hosted Netanyahu at the White House on Monday.')).toEqual([
      [['benjamin-netanyahu'], ['donald-trump'], 'occurred'],
    ]);
  });
});

describe('a meeting noun further from the host verb', () => {
  it('stays its own meeting', () => {
    expect(
      meetings('Qatar hosted talks on Monday, a day after the summit between Kagame and Tshisekedi.'),
    ).toContainEqual([['felix-tshisekedi', 'paul-kagame'], [], 'occurred']);
  });
});
