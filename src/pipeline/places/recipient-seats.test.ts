import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { seatAddressed, seatGoverned, seatReceives, seatSends } from './recipient-seats.ts';
import { eventsOf } from '../test-support/resources.ts';

/** Whether the capital that starts at `capital` in `text` receives something. */
const receives = (text: string, capital: string) => {
  const tokens = tokenize(text);
  return seatReceives(
    tokens,
    tokens.findIndex((t) => t.text === capital),
  );
};

describe('a capital that receives what is given or imposed', () => {
  it('reads a capital after "for" as the one helped', () => {
    expect(receives('Oslo will pay for new radars for Kyiv.', 'Kyiv')).toBe(true);
  });

  it('reads a capital after goods and "to" as the recipient', () => {
    expect(receives('Turkey shipped tents and medical supplies to Khartoum.', 'Khartoum')).toBe(true);
  });

  it('reads a capital after a verb of handing over and "to" as the recipient', () => {
    expect(receives('Two radar systems were delivered to Kyiv last week.', 'Kyiv')).toBe(true);
    expect(receives('The grain was shipped to Damascus in March.', 'Damascus')).toBe(true);
    expect(receives('The captured soldiers were handed over to Yerevan.', 'Yerevan')).toBe(true);
    expect(receives('The envoy was sent to Kabul.', 'Kabul')).toBe(false);
  });

  it('reads the recipient of handed-over arms as the government in the events too', () => {
    const aid = eventsOf('Air defence systems were paid for by Norway and delivered to Kyiv last week.', '2024-05-20')
      .filter((e) => e.type === 'AID')
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);
    expect(aid).toEqual(['nor>ukr']);
  });

  it('reads a capital after a pressure noun and "on" as the one pressed', () => {
    expect(receives('Canberra added tariffs on Beijing.', 'Beijing')).toBe(true);
  });

  it('keeps a destination or a battle a place', () => {
    expect(receives('The envoy left for Doha on Monday.', 'Doha')).toBe(false);
    expect(receives('The minister flew to Khartoum.', 'Khartoum')).toBe(false);
    expect(receives('The battle for Khartoum went on.', 'Khartoum')).toBe(false);
    expect(receives('Talks were held in Doha.', 'Doha')).toBe(false);
  });
});

/** Whether the capital that starts at `capital` in `text` sent a call, demand or warning. */
const sends = (text: string, capital: string) => {
  const tokens = tokenize(text);
  return seatSends(
    tokens,
    tokens.findIndex((t) => t.text === capital),
  );
};

describe('a capital that sends a call, demand or warning', () => {
  it('reads a capital after such a noun and "from" or "by" as its government, listed ones too', () => {
    expect(sends('Kabul dismissed demands from Islamabad.', 'Islamabad')).toBe(true);
    expect(sends('Kurti rejected calls from Washington and Brussels to withdraw.', 'Brussels')).toBe(true);
    expect(sends('Yerevan welcomed a proposal by Baku.', 'Baku')).toBe(true);
    expect(sends('The drills drew a warning from Pyongyang.', 'Pyongyang')).toBe(true);
  });

  it('reads a capital an envoy is recalled or withdrawn from as its government', () => {
    expect(sends('Quito recalled its ambassador from Managua on Friday.', 'Managua')).toBe(true);
    expect(sends('The three juntas withdrew their envoys from Abuja.', 'Abuja')).toBe(true);
    const recalled = eventsOf('Chile recalled its ambassador from La Paz on Tuesday.', '2024-03-01')
      .filter((e) => e.type === 'SANCTION')
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);
    expect(recalled).toEqual(['chl>bol']);
  });

  it('keeps a place someone comes from a place', () => {
    expect(sends('The envoy flew in from Doha on Monday.', 'Doha')).toBe(false);
    expect(sends('Refugees arrived from Goma and Bukavu.', 'Bukavu')).toBe(false);
  });

  it('gives the answer to such a call its sender as the target', () => {
    const rejected = eventsOf('Kurti rejected calls from Washington and Brussels to withdraw the mayors.', '2023-06-02')
      .filter((e) => e.type === 'REJECT')
      .map((e) => e.target.join('+'));
    expect(rejected.sort()).toEqual(['eu', 'usa']);
    const dismissed = eventsOf('Naypyidaw rejected an appeal from Bangkok to reopen the border crossing.', '2024-03-01')
      .filter((e) => e.type === 'REJECT')
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);
    expect(dismissed).toEqual(['mmr>tha']);
  });
});

/** Whether the capital that starts at `capital` in `text` says whose leaders or officials are meant. */
const governed = (text: string, capital: string) => {
  const tokens = tokenize(text);
  return seatGoverned(
    tokens,
    tokens.findIndex((t) => t.text === capital),
  );
};

describe('a capital whose leaders or officials are meant', () => {
  it('reads a capital after a government noun and "in" as its government, listed ones too', () => {
    expect(governed('Officials in Beijing said the tariffs would stay.', 'Beijing')).toBe(true);
    expect(governed('The envoy called leaders in Khartoum and Juba.', 'Juba')).toBe(true);
    expect(governed('The regime in Damascus fell in December.', 'Damascus')).toBe(true);
  });

  it('keeps a capital where people or events are a place', () => {
    expect(governed('Western diplomats in Kyiv left the city.', 'Kyiv')).toBe(false);
    expect(governed('Talks in Doha resumed on Monday.', 'Doha')).toBe(false);
    expect(governed('The leaders met in Ankara and Baku.', 'Baku')).toBe(false);
  });
});

/** Whether the capital that starts at `capital` in `text` is addressed by a request. */
const addressed = (text: string, capital: string) => {
  const tokens = tokenize(text);
  return seatAddressed(
    tokens,
    tokens.findIndex((t) => t.text === capital),
  );
};

describe('a capital a request is addressed to', () => {
  it('reads a capital after "called on" or "appealed to" as its government, listed ones too', () => {
    expect(addressed('Beijing called on Manila to halt the patrols.', 'Manila')).toBe(true);
    expect(addressed('Yerevan appealed to Moscow for help.', 'Moscow')).toBe(true);
    expect(addressed('Macron called on Washington and Beijing to lower tariffs.', 'Beijing')).toBe(true);
  });

  it('keeps a capital after another "on" or "to" a place', () => {
    expect(addressed('Talks on Cyprus resumed in Geneva.', 'Cyprus')).toBe(false);
    expect(addressed('The minister flew to Moscow.', 'Moscow')).toBe(false);
  });

  it('gives the request its addressee', () => {
    const requests = (text: string) =>
      eventsOf(text, '2025-03-10')
        .filter((e) => e.type === 'REQUEST')
        .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
        .join(' ');
    expect(requests('Moscow called on Kyiv on Monday to withdraw from the region.')).toBe('rus>ukr');
    expect(requests('Addis Ababa called on Asmara to pull its troops out of Tigray.')).toBe('eth>eri');
  });
});
