/** The fields of one GDELT actor (Actor1 or Actor2) Parley reads. */
export type GdeltActorFields = {
  code: string;
  name: string;
  countryCode: string;
  knownGroupCode: string;
  type1Code: string;
};

/** Where GDELT placed the action: its full name, geographic resolution and point (null when not coded). */
export type GdeltActionGeo = { fullName: string; type: number; lat: number | null; lon: number | null };

/** One row of a GDELT 2.0 event export, reduced to the fields the import uses. */
export type GdeltRow = {
  globalEventId: string;
  /** YYYYMMDD: the day GDELT dates the event to. */
  sqlDate: string;
  actor1: GdeltActorFields | null;
  actor2: GdeltActorFields | null;
  /** CAMEO event code, kept as text: it has leading zeros ("042"). */
  eventCode: string;
  /** Average tone of all documents that mention the event (GDELT AvgTone, about -100..100). */
  avgTone: number;
  actionGeo: GdeltActionGeo | null;
  /** YYYYMMDDHHMMSS: the 15-minute slot GDELT added the event in. */
  dateAdded: string;
  sourceUrl: string;
};

/** A GDELT 2.0 event export has 61 tab-separated fields per row and no header. */
export const GDELT_FIELD_COUNT = 61;

/** Positions (0-based) of the fields read, by their GDELT 2.0 codebook names. */
export const GDELT_COLUMNS = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor1CountryCode: 7,
  Actor1KnownGroupCode: 8,
  Actor1Type1Code: 12,
  Actor2Code: 15,
  Actor2Name: 16,
  Actor2CountryCode: 17,
  Actor2KnownGroupCode: 18,
  Actor2Type1Code: 22,
  EventCode: 26,
  AvgTone: 34,
  ActionGeo_Type: 51,
  ActionGeo_FullName: 52,
  ActionGeo_Lat: 56,
  ActionGeo_Long: 57,
  DATEADDED: 59,
  SOURCEURL: 60,
} as const;

/** A row that could not be read, with its line number and why. */
export type MalformedRow = { line: number; reason: string };

/** Parses one export file's text into rows; rows with the wrong field count or no event code are set aside. */
export function parseGdeltExport(text: string): { rows: GdeltRow[]; malformed: MalformedRow[] } {
  const rows: GdeltRow[] = [];
  const malformed: MalformedRow[] = [];
  const lines = text.split('\n');
  lines.forEach((rawLine, i) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line === '') return;
    const fields = line.split('\t');
    const problem = rowProblem(fields);
    if (problem) malformed.push({ line: i + 1, reason: problem });
    else rows.push(rowOf(fields));
  });
  return { rows, malformed };
}

function rowProblem(fields: string[]): string | null {
  if (fields.length !== GDELT_FIELD_COUNT) return `${fields.length} fields, not ${GDELT_FIELD_COUNT}`;
  if (!/^\d{8}$/.test(fields[GDELT_COLUMNS.SQLDATE]!)) return 'SQLDATE is not YYYYMMDD';
  if (!/^\d{14}$/.test(fields[GDELT_COLUMNS.DATEADDED]!)) return 'DATEADDED is not YYYYMMDDHHMMSS';
  if (!/^\d{2,4}$/.test(fields[GDELT_COLUMNS.EventCode]!)) return 'no CAMEO EventCode';
  return null;
}

function rowOf(f: string[]): GdeltRow {
  const c = GDELT_COLUMNS;
  return {
    globalEventId: f[c.GLOBALEVENTID]!,
    sqlDate: f[c.SQLDATE]!,
    actor1: actorOf(
      f[c.Actor1Code]!,
      f[c.Actor1Name]!,
      f[c.Actor1CountryCode]!,
      f[c.Actor1KnownGroupCode]!,
      f[c.Actor1Type1Code]!,
    ),
    actor2: actorOf(
      f[c.Actor2Code]!,
      f[c.Actor2Name]!,
      f[c.Actor2CountryCode]!,
      f[c.Actor2KnownGroupCode]!,
      f[c.Actor2Type1Code]!,
    ),
    eventCode: f[c.EventCode]!,
    avgTone: Number(f[c.AvgTone]) || 0,
    actionGeo: geoOf(f[c.ActionGeo_FullName]!, f[c.ActionGeo_Type]!, f[c.ActionGeo_Lat]!, f[c.ActionGeo_Long]!),
    dateAdded: f[c.DATEADDED]!,
    sourceUrl: f[c.SOURCEURL]!.trim(),
  };
}

function actorOf(
  code: string,
  name: string,
  countryCode: string,
  knownGroupCode: string,
  type1Code: string,
): GdeltActorFields | null {
  // GDELT leaves every actor field empty when the sentence named no second party.
  if (!code && !name && !countryCode && !knownGroupCode && !type1Code) return null;
  return { code, name: name.trim(), countryCode, knownGroupCode, type1Code };
}

function geoOf(fullName: string, type: string, lat: string, lon: string): GdeltActionGeo | null {
  if (!fullName.trim()) return null;
  const point = coordinate(lat, 90) !== null && coordinate(lon, 180) !== null;
  return {
    fullName: fullName.trim(),
    type: Number(type) || 0,
    lat: point ? coordinate(lat, 90) : null,
    lon: point ? coordinate(lon, 180) : null,
  };
}

function coordinate(text: string, limit: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/** "20241022" -> "2024-10-22" (also the first eight digits of a DATEADDED). */
export function isoDayOf(digits: string): string {
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}
