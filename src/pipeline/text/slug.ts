/** A stable id from a display name: "Israel Hayom" -> "israel-hayom" ("unknown" when nothing is left). */
export function slug(name: string): string {
  // NFKD splits "ü" into "u" and a combining mark; dropping the marks keeps the base letter ("suddeutsche").
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  return base.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unknown';
}
