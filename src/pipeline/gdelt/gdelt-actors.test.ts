import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { actor1, gdeltLine } from '../test-support/gdelt-rows.ts';
import { displayName, surveyActorNames } from './actor-names.ts';
import { parseGdeltExport, type GdeltActorFields } from './export-rows.ts';
import { actorResolver, type ActorResolver } from './gdelt-actors.ts';
import { type GdeltResources, loadGdeltResources } from './gdelt-resources.ts';

let resources: GdeltResources;
beforeAll(() => {
  resources = loadGdeltResources(resolve(import.meta.dirname, '../../../data'));
});

const fields = (code: string, name: string, country = '', group = '', type = ''): GdeltActorFields => ({
  code,
  name,
  countryCode: country,
  knownGroupCode: group,
  type1Code: type,
});

/** A resolver whose name survey comes from rows carrying the given actors. */
function resolverFor(...actors: GdeltActorFields[]): ActorResolver {
  const lines = actors.map((a) => gdeltLine(actor1(a.code, a.name, a.countryCode, a.knownGroupCode, a.type1Code)));
  return actorResolver(resources.actors, surveyActorNames(parseGdeltExport(lines.join('\n')).rows));
}

describe('actor composition', () => {
  it('takes a bare country code for the gazetteer state, with or without CountryCode', () => {
    const r = resolverFor();
    expect(r.idOf(fields('UKR', 'UKRAINE', 'UKR'))).toBe('ukr');
    expect(r.idOf(fields('RUS', 'MOSCOW', 'RUS'))).toBe('rus');
    expect(r.idOf(fields('COD', 'CONGO', 'COD'))).toBe('cod');
    // A state's code with the CountryCode left empty is still that state.
    expect(r.idOf(fields('AZE', 'AZERBAIJAN'))).toBe('aze');
  });

  it('reads a government type as the state itself, as the extractor reads "Pakistani officials"', () => {
    const r = resolverFor();
    expect(r.idOf(fields('PAKGOV', 'PAKISTAN', 'PAK', '', 'GOV'))).toBe('pak');
    expect(r.idOf(fields('ARMGOV', 'YEREVAN', 'ARM', '', 'GOV'))).toBe('arm');
  });

  it("composes a state's sector actor with the extractor's ids (its own armed forces where it has them)", () => {
    const r = resolverFor();
    expect(r.idOf(fields('INDMIL', 'INDIA', 'IND', '', 'MIL'))).toBe('ind-military');
    expect(r.idOf(fields('RWACOP', 'RWANDA', 'RWA', '', 'COP'))).toBe('rwa-police');
    expect(r.idOf(fields('CODREB', 'CONGO', 'COD', '', 'REB'))).toBe('cod-rebels');
    expect(r.idOf(fields('SDNOPP', 'SUDAN', 'SDN', '', 'OPP'))).toBe('sdn-opposition');
    expect(r.idOf(fields('ISRMIL', 'ISRAEL', 'ISR', '', 'MIL'))).toBe('idf');
  });

  it('makes a sector actor the extractor lacks, affiliated with its state, and brings the state along', () => {
    const r = resolverFor();
    const id = r.idOf(fields('UKREDU', 'UKRAINE', 'UKR', '', 'EDU'));
    expect(id).toBe('ukr-education');
    const actors = r.actorsFor([id]);
    expect(actors.find((a) => a.id === id)).toMatchObject({
      name: 'Ukrainian educators and students',
      country: 'UKR',
      affiliation: 'ukr',
      sector: 'education',
    });
    expect(actors.map((a) => a.id)).toContain('ukr');
  });

  it("gives a sector with no country the extractor's country-less actor, or one of its own", () => {
    const r = resolverFor();
    expect(r.idOf(fields('COP', 'POLICE', '', '', 'COP'))).toBe('police');
    expect(r.idOf(fields('REB', 'REBEL', '', '', 'REB'))).toBe('rebels');
    const judges = r.idOf(fields('JUD', 'JUDGE', '', '', 'JUD'));
    expect(judges).toBe('gdelt-judiciary');
    expect(r.actorsFor([judges])[0]).toMatchObject({ name: 'Judiciary (no country coded)', country: null });
    expect(r.idOf(fields('GOV', 'PRESIDENT', '', '', 'GOV'))).toBe('gdelt-government');
  });

  it('links a known group to the gazetteer by its most common GDELT name, else keeps it by its code', () => {
    const r = resolverFor(
      fields('IGOUNO', 'UNITED NATIONS', '', 'UNO', 'IGO'),
      fields('IGOUNO', 'UNITED NATIONS', '', 'UNO', 'IGO'),
      fields('IGOUNO', 'THE UN', '', 'UNO', 'IGO'),
      fields('IGOEUREEC', 'THE EU', 'EUR', 'EEC', 'IGO'),
      fields('IGOAFRXYZ', 'LAKES CORRIDOR COMMISSION', 'AFR', 'XYZ', 'IGO'),
    );
    expect(r.idOf(fields('IGOUNO', 'THE UN', '', 'UNO', 'IGO'))).toBe('un');
    expect(r.idOf(fields('IGOEUREEC', 'THE EU', 'EUR', 'EEC', 'IGO'))).toBe('eu');
    const own = r.idOf(fields('IGOAFRXYZ', 'LAKES CORRIDOR COMMISSION', 'AFR', 'XYZ', 'IGO'));
    expect(own).toBe('gdelt-group-xyz');
    expect(r.actorsFor([own])[0]).toMatchObject({ name: 'Lakes Corridor Commission', kind: 'igo', country: null });
  });

  it('keeps a group with a state country in that country, and armed types as armed groups', () => {
    const r = resolverFor(fields('SDNUAFQQQ', 'NILE VALLEY BRIGADES', 'SDN', 'QQQ', 'UAF'));
    const id = r.idOf(fields('SDNUAFQQQ', 'NILE VALLEY BRIGADES', 'SDN', 'QQQ', 'UAF'));
    expect(r.actorsFor([id])[0]).toMatchObject({ kind: 'armed-group', country: 'SDN' });
  });

  it('names regions by CAMEO region code and composes their sectors', () => {
    const r = resolverFor();
    expect(r.idOf(fields('AFR', 'AFRICA', 'AFR'))).toBe('gdelt-afr');
    const id = r.idOf(fields('EURMIL', 'EUROPE', 'EUR', '', 'MIL'));
    expect(id).toBe('gdelt-eur-military');
    expect(
      r
        .actorsFor([id])
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Europe', 'Europe: military']);
  });

  it('keeps other codes (religions, ethnic groups) as actors of their own, named by their most common name', () => {
    const r = resolverFor(fields('BUD', 'BUDDHIST'), fields('BUD', 'BUDDHIST'), fields('BUD', 'BUDDHISTS'));
    const id = r.idOf(fields('BUD', 'BUDDHISTS'));
    expect(id).toBe('gdelt-bud');
    expect(r.actorsFor([id])[0]).toMatchObject({ name: 'Buddhist', aliases: ['Buddhists'], kind: 'other' });
  });
});

describe('displayName', () => {
  it('title-cases GDELT capitals and keeps short organisation names as acronyms', () => {
    expect(displayName('UNITED NATIONS')).toBe('United Nations');
    expect(displayName('THE EU', true)).toBe('EU');
    expect(displayName('ORGANIZATION OF AMERICAN STATES', true)).toBe('Organization of American States');
    expect(displayName('ASIA')).toBe('Asia');
  });
});
