/** A stable id from a display name: "Israel Hayom" -> "israel-hayom" ("unknown" when nothing is left). */
export function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unknown';
}
