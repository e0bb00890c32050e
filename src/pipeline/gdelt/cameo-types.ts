import { z } from 'zod';
import { PLOVER_TYPES } from '../../model/bundle-schema.ts';
import type { PloverMapping } from '../resources/cameo/cameo-to-plover.ts';

/** `data/third-party/cameo/cameo-to-plover.json`, written by `npm run convert:cameo`. */
export const cameoTableFileSchema = z.object({
  version: z.number(),
  about: z.string(),
  codes: z.record(z.string(), z.object({ type: z.enum(PLOVER_TYPES), mode: z.string().nullable() })),
});

/** The vendored table as the map `parseCameoToPlover` makes from the original text. */
export function cameoTableOf(file: z.infer<typeof cameoTableFileSchema>): Map<string, PloverMapping> {
  return new Map(Object.entries(file.codes));
}

/** Why a CAMEO code gives no PLOVER event, for the import's skip counts. */
export function unmappedReason(code: string): string {
  const root = code.slice(0, 2);
  if (root === '01') return 'CAMEO 01x (public statement): no PLOVER type in the 2021 table';
  if (root === '02') return 'CAMEO 02x (appeal): no PLOVER type in the 2021 table';
  return `CAMEO ${code}: not in the 2021 table`;
}
