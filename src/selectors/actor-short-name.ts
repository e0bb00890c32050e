import type { Actor } from '../model/bundle-schema.ts';

/** Names up to this long are short enough to stand in a timeline label as they are. */
const SHORT_ENOUGH = 12;

/** An alias written as an acronym ("US", "IDF", "U.S."). */
const ACRONYM = /^[A-Z][A-Z.]{1,5}$/;

/**
 * The short form a headline would use: a person's surname ("Netanyahu", "al-Sharaa", "Ben-Gvir"), else for a
 * long name its acronym or a shorter form it ends with ("US", "IDF", "Ostrava"), else the name. Read from the
 * actor's own aliases, so no name is spelled out in code.
 */
export function actorShortName(actor: Pick<Actor, 'name' | 'kind' | 'aliases'>): string {
  const endings = actor.aliases.filter((a) => a.length < actor.name.length && actor.name.endsWith(` ${a}`));
  if (actor.kind === 'person') {
    const longest = endings.reduce<string | null>(
      (best, a) => (best === null || a.length > best.length ? a : best),
      null,
    );
    return longest ?? actor.name.split(' ').at(-1)!;
  }
  if (actor.name.length <= SHORT_ENOUGH) return actor.name;
  const candidates = [...actor.aliases.filter((a) => ACRONYM.test(a)), ...endings];
  return candidates.reduce((best, a) => (a.length < best.length ? a : best), actor.name);
}
