/** One coded span of a Phoenix actor record: a CAMEO actor code, valid between two days (null = open). */
export type PhoenixCode = { code: string; from: string | null; to: string | null };

/** One record of a Phoenix/TABARI `.actors` file: its phrases (primary first) and codes. */
export type PhoenixActorRecord = { phrases: string[]; codes: PhoenixCode[]; comment: string; line: number };

/**
 * Reads a Phoenix `.actors` file (format in the dictionaries' `dictionaries.rst`): a primary phrase at the
 * start of a line, synonyms on lines starting with "+", codes in brackets on the primary line or on
 * tab-indented lines below. Phrases keep Phoenix's spelling (upper case, "_" between words).
 */
export function parsePhoenixActors(text: string): PhoenixActorRecord[] {
  const records: PhoenixActorRecord[] = [];
  let current: PhoenixActorRecord | null = null;
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const { body, comment } = splitComment(rawLine);
    if (body.trim() === '') return;
    const codes = readCodes(body);
    const phrase = body.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(body)) {
      if (current) current.codes.push(...codes);
    } else if (body.startsWith('+')) {
      if (current && phrase.length > 1) current.phrases.push(phrase.slice(1).trim());
    } else {
      current = { phrases: [phrase], codes, comment, line: index + 1 };
      records.push(current);
    }
  });
  return records.filter((r) => r.phrases[0] !== '' && r.codes.length > 0);
}

function splitComment(line: string): { body: string; comment: string } {
  const hash = line.indexOf('#');
  return hash < 0 ? { body: line, comment: '' } : { body: line.slice(0, hash), comment: line.slice(hash + 1).trim() };
}

/** "[PAK]", "[PAKGOV 690325-711220]", "[USRARM <900823]", "[ARM >911221]". */
function readCodes(body: string): PhoenixCode[] {
  const codes: PhoenixCode[] = [];
  for (const [, inside] of body.matchAll(/\[([^\]]*)\]/g)) {
    const [code, restriction] = inside!.trim().split(/\s+/);
    if (!code || code === '---') continue;
    codes.push({ code, ...readRestriction(restriction) });
  }
  return codes;
}

function readRestriction(restriction: string | undefined): { from: string | null; to: string | null } {
  if (!restriction) return { from: null, to: null };
  if (restriction.startsWith('<')) return { from: null, to: phoenixDay(restriction.slice(1)) };
  if (restriction.startsWith('>')) return { from: phoenixDay(restriction.slice(1)), to: null };
  const [from, to] = restriction.split('-');
  return { from: phoenixDay(from), to: phoenixDay(to) };
}

/** "030101" -> "2003-01-01", "19270101" -> "1927-01-01"; two-digit years up to 30 are 20xx. */
export function phoenixDay(value: string | undefined): string | null {
  if (!value || !/^\d{6}(\d{2})?$/.test(value)) return null;
  const full = value.length === 8 ? value : `${Number(value.slice(0, 2)) <= 30 ? '20' : '19'}${value}`;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

/** The code in force now: an open-ended restriction, else the undated default, else the latest. */
export function currentCode(record: PhoenixActorRecord): string | null {
  const open = record.codes.filter((c) => c.to === null);
  const dated = open.find((c) => c.from !== null) ?? open[0];
  if (dated) return dated.code;
  const latest = [...record.codes].sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? 1 : -1))[0];
  return latest?.code ?? null;
}
