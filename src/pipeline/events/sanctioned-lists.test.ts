import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A sanction's object is often a list of a state's people, firms, goods or sectors, each with its demonym:
// every state the list names is sanctioned, not only the first.
describe('a sanction on a list of things of several states', () => {
  it('targets the state of each noun phrase of the list', () => {
    expect(dyadLine('Washington sanctioned two Turkish banks and a Emirati shipping firm on Friday.', 'SANCTION')).toBe(
      'usa>tur usa>are',
    );
    expect(dyadLine('Britain sanctioned a Chinese drone maker and three Iranian generals.', 'SANCTION')).toBe(
      'gbr>chn gbr>irn-military',
    );
    expect(
      dyadLine('The EU imposed sanctions on Belarusian potash, Russian steel and a dozen tankers.', 'SANCTION'),
    ).toBe('eu>blr eu>rus');
  });

  it('targets each demonym of a list before one noun', () => {
    expect(dyadLine('Japan sanctioned Russian, Iranian and North Korean entities on Tuesday.', 'SANCTION')).toBe(
      'jpn>rus jpn>irn jpn>prk',
    );
  });

  it('stops at the reason or the circumstance after the list', () => {
    expect(dyadLine('Canada sanctioned five Sudanese commanders over attacks on Chadian refugees.', 'SANCTION')).toBe(
      'can>sdn-military',
    );
    expect(
      dyadLine('The US sanctioned three Venezuelan officials, the State Department said in a statement.', 'SANCTION'),
    ).toBe('usa>ven');
    expect(
      dyadLine("The EU sanctioned three Iranian officials and Tehran summoned the bloc's envoy.", 'SANCTION'),
    ).toBe('eu>irn');
    expect(
      dyadLine('The EU banned imports of Russian steel, diamonds and coal, and Turkey criticised the ban.', 'SANCTION'),
    ).toBe('eu>rus');
  });

  it('reads a list of targets of an attack the same way', () => {
    expect(dyadLine('Ukrainian drones struck Russian oil depots and a Belarusian airfield overnight.', 'ASSAULT')).toBe(
      'ukr>rus ukr>blr',
    );
    expect(
      dyadLine('The Houthis claimed attacks on a Panama-flagged tanker and two British warships.', 'ASSAULT'),
    ).toBe('houthis>pan houthis>gbr');
    expect(
      dyadLine('Russian missiles hit Ukrainian power plants and Kharkiv officials said two people died.', 'ASSAULT'),
    ).toBe('rus>ukr');
  });
});
