import { z } from 'zod';
import { ACTOR_KINDS, MODALITIES, PLOVER_TYPES } from '../../model/bundle-schema.ts';

/** Offices a role can hold; titles in text resolve to the holder of an office at the article's date. */
export const OFFICES = [
  'head-of-state',
  'head-of-government',
  'vice-president',
  'foreign-minister',
  'defence-minister',
  'finance-minister',
  'security-minister',
  'envoy',
  'spokesperson',
  'speaker',
  'opposition-leader',
  'military-chief',
  'intelligence-chief',
  'leader',
  'secretary-general',
  'other-minister',
  'monarch',
  'crown-prince',
] as const;
export type Office = (typeof OFFICES)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

export const roleSchema = z.object({
  title: z.string(),
  office: z.enum(OFFICES),
  // The state (ISO3) or organisation id the office belongs to; null means the holder's affiliation.
  of: z.string().nullable(),
  from: day,
  to: day,
});

export const gazetteerActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
  affiliation: z.string().nullable().default(null),
  roles: z.array(roleSchema).default([]),
  adjectives: z.array(z.string()).optional(),
  seats: z.array(z.string()).optional(),
  /**
   * Seats whose name other places or people share ("Georgetown", "Kingston", "Victoria"): they stand for the
   * government only in an article that names the state (`actors/find-mentions.ts`).
   */
  sharedSeats: z.array(z.string()).optional(),
  /**
   * A person's short name for later mentions, instead of the last word of the name made by default
   * (`actors/gazetteer.ts`); null when the person has none ("Jaques Wagner" is not "Wagner").
   */
  surname: z.string().nullable().optional(),
  /** For generic agents composed with a state ("Pakistani military"): the CAMEO-style sector. */
  sector: z.string().optional(),
  /**
   * A group that governs a state de facto (ISO3 `of`; from inclusive, to exclusive): over those days the state's
   * seat and government nouns stand for the group (`actors/governing-groups.ts`).
   */
  governs: z.array(z.object({ of: z.string().length(3), from: z.string(), to: z.string().nullable() })).optional(),
});

export const gazetteerFileSchema = z.object({
  version: z.number(),
  actors: z.array(gazetteerActorSchema),
});

/** Generic agents by sector (`data/third-party/phoenix/agents.json`, converted from Phoenix.agents.txt). */
export const agentSectorsFileSchema = z.object({
  version: z.number(),
  sectors: z.record(
    z.string(),
    z.object({
      code: z.string(),
      kind: z.enum(ACTOR_KINDS),
      label: z.string(),
      /** Nouns that follow a demonym or a state's name ("Pakistani military", "Thai police"). */
      forms: z.array(z.string()),
      /** Nouns that name the sector with no state ("protesters", "police"). */
      bare: z.array(z.string()),
    }),
  ),
});

export type AgentSectors = z.infer<typeof agentSectorsFileSchema>;

/** The names news gives a state's armed forces besides its demonym and a military noun ("FARDC"), by ISO3 code. */
export const armedForcesFileSchema = z.object({
  version: z.number(),
  forces: z.array(z.object({ of: z.string().length(3), names: z.array(z.string().min(1)) })),
});

export type ArmedForces = z.infer<typeof armedForcesFileSchema>['forces'];

export const placeSchema = z.object({
  name: z.string().min(1),
  kind: z.string(),
  country: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
  /** WGS84 latitude and longitude, when known (GeoNames places carry them). */
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** Inhabitants, when known: of several places with one name, GeoNames' most populous keeps it. */
  population: z.number().int().nonnegative().optional(),
});

export const placesFileSchema = z.object({ version: z.number(), places: z.array(placeSchema) });

/** Where the map draws a place without coordinates: at a city (`at`, a venue's city) or at the team's approximate centre. */
export const placePointSchema = z
  .object({
    name: z.string().min(1),
    at: z.string().min(1).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .refine(
    (p) => (p.at !== undefined) !== (p.lat !== undefined && p.lon !== undefined),
    'give either at or lat and lon',
  );

export const placePointsFileSchema = z.object({ version: z.number(), points: z.array(placePointSchema) });

export type PlacePoint = z.infer<typeof placePointSchema>;

/** How a trigger's participants are read: subject acts on object, or all are parties alike. */
export const DIRECTIONS = ['forward', 'mutual', 'reverse'] as const;

export const triggerEntrySchema = z.object({
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable().default(null),
  /** Words of the pattern; `{verb}` is inflected, `X` is an actor slot, `a|b` alternatives, `w?` optional. */
  pattern: z.string().min(1),
  direction: z.enum(DIRECTIONS).default('forward'),
  /** Modality when no cue in the text says otherwise: a bare "agreement between" is a prospect. */
  modality: z.enum(MODALITIES).nullable().default(null),
  /** Base confidence of this cue: idioms are surer than bare nouns. */
  weight: z.number().min(0).max(1).default(0.7),
  /** When set, only actors of these kinds can be the source ("an operation" is military when a state runs it). */
  sourceKinds: z.array(z.enum(ACTOR_KINDS)).nullable().default(null),
  /** The CAMEO code an entry converted from the CAMEO verb dictionary came from (`data/lexicon/cameo-triggers.json`). */
  cameo: z.string().optional(),
  /** The verb forms the entry accepts, when not all: converted bare verbs leave out the -s form, mostly a plural noun in news ("Israeli jails"). */
  verbForms: z.array(z.enum(['base', 'present', 'past', 'participle', 'ing'])).optional(),
  /**
   * "units": the entry reads an event only with armed units or police as the verb's subject and a place after it
   * ("troops entered the city", "the last soldiers left the base"; `events/troop-movements.ts`); "truce": only
   * with a truce noun as its subject, across a relative clause ("the truce that A and B signed took effect";
   * `events/effect-states.ts`); "place": only with a place as its subject, or "it" after a place ("Goma fell to
   * the M23"; `events/captured-places.ts`). Such a narrow reading does not take its verb out of the converted
   * entries.
   */
  subject: z.enum(['units', 'truce', 'place']).optional(),
});

export const triggerLexiconSchema = z.object({
  version: z.number(),
  about: z.string().optional(),
  irregularVerbs: z.record(z.string(), z.array(z.string())),
  doublingVerbs: z.array(z.string()),
  triggers: z.array(triggerEntrySchema),
});

export const outletDirectorySchema = z.object({
  version: z.number(),
  outlets: z.array(
    z.object({
      name: z.string(),
      domains: z.array(z.string()).default([]),
      /** Page furniture only this outlet's pages carry ("View gallery"). */
      signatures: z.array(z.string()).default([]),
    }),
  ),
});

export const namedDatesSchema = z.object({
  version: z.number(),
  dates: z.array(z.object({ month: z.number(), day: z.number(), year: z.number(), label: z.string() })),
});

export type GazetteerActor = z.infer<typeof gazetteerActorSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Place = z.infer<typeof placeSchema>;
export type TriggerEntry = z.infer<typeof triggerEntrySchema>;
export type TriggerLexicon = z.infer<typeof triggerLexiconSchema>;
export type OutletDirectory = z.infer<typeof outletDirectorySchema>;

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0');

/** One loaded term: a lemma, the forms matched in text, what kind of framing it carries and why. */
export const loadedTermEntrySchema = z.object({
  term: z.string().min(1),
  /** Matched whole-word and case-insensitively, exactly as listed: no stemming, so every form is explicit. */
  forms: z.array(z.string().min(1)).min(1),
  category: z.string().min(1),
  note: z.string().min(1),
});

/** The versioned lexicon of loaded terms (`data/lexicon/loaded-terms.json`). */
export const loadedTermsLexiconSchema = z
  .object({
    version: semver,
    description: z.string().min(1),
    categories: z.record(z.string(), z.string()).optional(),
    entries: z.array(loadedTermEntrySchema).min(1),
  })
  .superRefine((lexicon, ctx) => {
    // One form belongs to one entry, or an occurrence would be counted under two lemmas.
    const owner = new Map<string, string>();
    for (const entry of lexicon.entries)
      for (const form of entry.forms) {
        const key = form.toLowerCase();
        const other = owner.get(key);
        if (other !== undefined && other !== entry.term)
          ctx.addIssue({ code: 'custom', message: `form "${form}" is listed under "${other}" and "${entry.term}"` });
        owner.set(key, entry.term);
      }
  });

/** Words of the AFINN list that Parley does not score, each with the reason (`data/lexicon/tone-exclusions.json`). */
export const toneExclusionsSchema = z.object({
  version: semver,
  description: z.string().min(1),
  entries: z.array(z.object({ word: z.string().min(1), reason: z.string().min(1) })),
});

export type LoadedTermEntry = z.infer<typeof loadedTermEntrySchema>;
export type LoadedTermsLexicon = z.infer<typeof loadedTermsLexiconSchema>;
export type ToneExclusions = z.infer<typeof toneExclusionsSchema>;
