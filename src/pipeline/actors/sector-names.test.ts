import { describe, expect, it } from 'vitest';
import { projectResources } from '../test-support/resources.ts';

const namesOf = (id: string) => {
  const actor = projectResources().gazetteer.actors.get(id);
  return actor ? [actor.name, ...actor.aliases] : [];
};

describe('a composed military actor', () => {
  it('is known by the names news gives a state armed forces, not only "military"', () => {
    expect(namesOf('sdn-military')).toEqual(
      expect.arrayContaining(['Sudanese military', 'Sudanese army', 'Sudanese troops', 'Sudanese forces']),
    );
    expect(namesOf('khm-military')).toContain('Cambodian army');
  });

  it('keeps the bare nouns of other sectors as their names', () => {
    expect(namesOf('pak-police')).toContain('Pakistani police');
    expect(namesOf('pak-police')).not.toContain('Pakistani army');
  });
});
