import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actor1, actor2, gdeltLine } from '../test-support/gdelt-rows.ts';
import { GDELT_COLUMNS, isoDayOf, parseGdeltExport } from './export-rows.ts';

describe('parseGdeltExport', () => {
  it('reads the actors, code, tone, place and source of each row', () => {
    const line = gdeltLine({
      GLOBALEVENTID: '42',
      SQLDATE: '20250214',
      ...actor1('RUSMIL', 'RUSSIA', 'RUS', '', 'MIL'),
      ...actor2('UKR', 'UKRAINE', 'UKR'),
      EventCode: '0874',
      AvgTone: '-4.25',
      ActionGeo_Type: '4',
      ActionGeo_FullName: "Kharkiv, Kharkivs'ka Oblast', Ukraine",
      ActionGeo_Lat: '49.98',
      ActionGeo_Long: '36.25',
      DATEADDED: '20250215093000',
      SOURCEURL: 'https://www.example.com/a',
    });
    const { rows, malformed } = parseGdeltExport(`${line}\n`);
    expect(malformed).toEqual([]);
    expect(rows[0]).toMatchObject({
      globalEventId: '42',
      sqlDate: '20250214',
      actor1: { code: 'RUSMIL', countryCode: 'RUS', type1Code: 'MIL', knownGroupCode: '' },
      actor2: { code: 'UKR', name: 'UKRAINE', countryCode: 'UKR' },
      eventCode: '0874',
      avgTone: -4.25,
      actionGeo: { type: 4, lat: 49.98, lon: 36.25 },
      dateAdded: '20250215093000',
      sourceUrl: 'https://www.example.com/a',
    });
  });

  it('leaves an actor null when GDELT coded none, and a place without a point when lat/long are missing', () => {
    const line = gdeltLine({ ...actor1('IND', 'INDIA', 'IND'), ActionGeo_Type: '1', ActionGeo_FullName: 'Pakistan' });
    const [row] = parseGdeltExport(line).rows;
    expect(row!.actor2).toBeNull();
    expect(row!.actionGeo).toEqual({ fullName: 'Pakistan', type: 1, lat: null, lon: null });
  });

  it('sets aside rows with the wrong field count or no event code, with their line numbers, and reads CRLF lines', () => {
    const good = gdeltLine(actor1('ARM', 'ARMENIA', 'ARM'));
    const text = [
      good,
      'a\tb\tc',
      gdeltLine({ ...actor1('AZE', 'AZERBAIJAN', 'AZE'), EventCode: '' }),
      `${good}\r`,
      '',
    ].join('\n');
    const { rows, malformed } = parseGdeltExport(text);
    expect(rows).toHaveLength(2);
    expect(malformed).toEqual([
      { line: 2, reason: '3 fields, not 61' },
      { line: 3, reason: 'no CAMEO EventCode' },
    ]);
  });

  it('turns GDELT day digits into ISO days', () => {
    expect(isoDayOf('20241022')).toBe('2024-10-22');
    expect(isoDayOf('20250113134500')).toBe('2025-01-13');
  });
});

const HEADER = resolve(import.meta.dirname, '../../../../shared/data/gdelt/gdelt2_events_header.tsv');

describe.skipIf(!existsSync(HEADER))('column positions', () => {
  it('agree with the GDELT 2.0 header', () => {
    const names = readFileSync(HEADER, 'utf8').trim().split('\t');
    for (const [name, index] of Object.entries(GDELT_COLUMNS)) expect(names[index]).toBe(name);
  });
});
