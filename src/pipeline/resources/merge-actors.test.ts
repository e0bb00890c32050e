import { describe, expect, it } from 'vitest';
import { mergeActorLayers } from './merge-actors.ts';
import type { GazetteerActor } from './resource-schemas.ts';

const actor = (id: string, name: string, extra: Partial<GazetteerActor> = {}): GazetteerActor => ({
  id,
  name,
  kind: 'igo',
  country: null,
  aliases: [],
  affiliation: null,
  roles: [],
  ...extra,
});

describe('mergeActorLayers', () => {
  it('lets the later record win on the same id but keeps earlier aliases, adjectives and seats', () => {
    const phoenix = actor('pak', 'Pakistan', {
      kind: 'state',
      country: 'PAK',
      aliases: ['Islamic Republic of Pakistan'],
      adjectives: ['Pakistani'],
      seats: ['Islamabad'],
    });
    const curated = actor('pak', 'Pakistan', {
      kind: 'state',
      country: 'PAK',
      aliases: ['PK'],
      adjectives: ['Pak'],
      seats: [],
    });
    const [merged] = mergeActorLayers([[phoenix], [curated]]);
    expect(merged).toMatchObject({
      aliases: ['PK', 'Islamic Republic of Pakistan'],
      adjectives: ['Pak', 'Pakistani'],
      seats: ['Islamabad'],
    });
  });

  it('folds an earlier organisation into the later actor that carries its name, and drops phrases a later actor owns', () => {
    const phoenix = [
      actor('united-nations', 'United Nations', { aliases: ['U.N.'] }),
      actor('jihad-council', 'Jihad Council', { kind: 'armed-group', aliases: ['Hezbollah'] }),
    ];
    const curated = [
      actor('un', 'United Nations', { aliases: ['UN', 'the United Nations'] }),
      actor('hezbollah', 'Hezbollah', { kind: 'armed-group' }),
    ];
    const merged = mergeActorLayers([phoenix, curated]);
    expect(merged.map((a) => a.id).sort()).toEqual(['hezbollah', 'jihad-council', 'un']);
    expect(merged.find((a) => a.id === 'jihad-council')!.aliases).toEqual([]);
  });
});
