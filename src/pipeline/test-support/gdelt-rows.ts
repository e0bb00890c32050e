import { GDELT_COLUMNS, GDELT_FIELD_COUNT } from '../gdelt/export-rows.ts';

/** The fields a test row sets, by GDELT column name; every other field is empty. */
export type GdeltRowFields = Partial<Record<keyof typeof GDELT_COLUMNS, string>>;

let nextId = 900000001;

/**
 * One export line composed for a test (never a real GDELT row): an id, a date, a CAMEO code and a source URL
 * unless given, the actors and place as given.
 */
export function gdeltLine(fields: GdeltRowFields): string {
  const values = Array.from({ length: GDELT_FIELD_COUNT }, () => '');
  const defaults: GdeltRowFields = {
    GLOBALEVENTID: String(nextId++),
    SQLDATE: '20250301',
    EventCode: '040',
    AvgTone: '0',
    DATEADDED: '20250301120000',
    SOURCEURL: 'https://news.example.org/story',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...fields }))
    values[GDELT_COLUMNS[name as keyof typeof GDELT_COLUMNS]] = value ?? '';
  return values.join('\t');
}

/** Actor1 fields of a test row: code, name, country, known group and type. */
export function actor1(code: string, name: string, country = '', group = '', type = ''): GdeltRowFields {
  return {
    Actor1Code: code,
    Actor1Name: name,
    Actor1CountryCode: country,
    Actor1KnownGroupCode: group,
    Actor1Type1Code: type,
  };
}

/** Actor2 fields of a test row. */
export function actor2(code: string, name: string, country = '', group = '', type = ''): GdeltRowFields {
  return {
    Actor2Code: code,
    Actor2Name: name,
    Actor2CountryCode: country,
    Actor2KnownGroupCode: group,
    Actor2Type1Code: type,
  };
}
