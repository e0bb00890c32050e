import { describe, expect, it } from 'vitest';
import { actorShortName } from './actor-short-name.ts';

const person = (name: string, aliases: string[] = []) => ({ name, kind: 'person' as const, aliases });
const state = (name: string, aliases: string[] = []) => ({ name, kind: 'state' as const, aliases });

describe('actorShortName', () => {
  it('gives a person the surname, keeping particles and hyphens the aliases carry', () => {
    expect(actorShortName(person('Benjamin Netanyahu', ['Netanyahu', 'Bibi']))).toBe('Netanyahu');
    expect(actorShortName(person('Ahmad al-Sharaa', ['al-Sharaa', 'Sharaa']))).toBe('al-Sharaa');
    expect(actorShortName(person('Itamar Ben-Gvir', ['Ben Gvir', 'Ben-Gvir']))).toBe('Ben-Gvir');
  });

  it("falls back to a person's last word when no alias ends the name", () => {
    expect(actorShortName(person('Mike Johnson', ['James Michael Johnson']))).toBe('Johnson');
    expect(actorShortName(person('J.D. Vance'))).toBe('Vance');
  });

  it('keeps a short name and shortens a long one to its acronym or ending', () => {
    expect(actorShortName(state('Israel', ['State of Israel']))).toBe('Israel');
    expect(actorShortName(state('United States', ['US', 'U.S.', 'USA', 'the United States']))).toBe('US');
    expect(
      actorShortName({ name: 'Israel Defense Forces', kind: 'organization', aliases: ['IDF', 'Israeli army'] }),
    ).toBe('IDF');
    expect(actorShortName(state('Republic of Ostrava', ['Ostrava']))).toBe('Ostrava');
    expect(actorShortName({ name: 'Gulf and Arab countries', kind: 'other', aliases: [] })).toBe(
      'Gulf and Arab countries',
    );
  });
});
