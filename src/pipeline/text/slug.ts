import { stripMarks } from './fold.ts';

/** A stable id from a display name: "Israel Hayom" -> "israel-hayom" ("unknown" when nothing is left). */
export function slug(name: string): string {
  // Dropping the marks keeps the base letter ("suddeutsche").
  const base = stripMarks(name.toLowerCase());
  return base.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unknown';
}
