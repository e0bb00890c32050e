import { describe, expect, it } from 'vitest';
import { currentCode, parsePhoenixActors, phoenixDay } from './parse-phoenix-actors.ts';

const SAMPLE = [
  '# a comment line',
  'ARMENIA_',
  '+ARMENIAN_ ',
  '+YEREVAN_ # capital',
  '\t[USRARM <900823]',
  '\t[ARM >911221]',
  'PAKISTAN_  [PAK]',
  '+PAKISTANI_',
  'UN_ [IGOUNO] #MleH 20 Jul 2009',
  'NO_CODE_HERE_',
  'ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# later UNICEF',
].join('\n');

describe('parsePhoenixActors', () => {
  const records = parsePhoenixActors(SAMPLE);

  it('reads primary phrases, synonyms and codes on either line', () => {
    expect(records.map((r) => r.phrases)).toEqual([
      ['ARMENIA_', 'ARMENIAN_', 'YEREVAN_'],
      ['PAKISTAN_', 'PAKISTANI_'],
      ['UN_'],
      ['ANN_VENEMAN_'],
    ]);
    expect(records[0]!.codes).toEqual([
      { code: 'USRARM', from: null, to: '1990-08-23' },
      { code: 'ARM', from: '1991-12-21', to: null },
    ]);
  });

  it('takes the code in force now', () => {
    expect(records.map(currentCode)).toEqual(['ARM', 'PAK', 'IGOUNO', 'IGOUNOKID']);
  });

  it('reads six- and eight-digit days', () => {
    expect(phoenixDay('030101')).toBe('2003-01-01');
    expect(phoenixDay('450703')).toBe('1945-07-03');
    expect(phoenixDay('19270101')).toBe('1927-01-01');
    expect(phoenixDay('9008223')).toBeNull();
  });
});
