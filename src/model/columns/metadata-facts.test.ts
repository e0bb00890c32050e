import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { bundleToColumns } from './bundle-columns.ts';
import { metadataFacts } from './metadata-facts.ts';
import { validateColumns, validateTables } from './validate-columns.ts';

const columns = () => bundleToColumns(fixtureBundle(), (n) => `fixture.texts-${n}.json`).columns;

describe('metadataFacts', () => {
  it("gives each article's outlet index and fiction flag, and the sizes", () => {
    const c = columns();
    const facts = metadataFacts(c.metadata);
    expect(facts.articles).toBe(c.metadata.articles.length);
    expect(facts.actors).toBe(c.metadata.actors.length);
    expect(facts.outletIds).toEqual(c.metadata.outlets.map((o) => o.id));
    c.metadata.articles.forEach((a, i) => {
      expect(facts.outletIds[facts.articleOutlet[i]!]).toBe(a.outletId);
      expect(facts.articleFiction[i]).toBe(a.fiction ? 1 : 0);
    });
  });

  it('are all the column checks need: the same findings as with the whole metadata', () => {
    const c = columns();
    c.events.outlet[0] = (c.events.outlet[0]! + 1) % c.metadata.outlets.length;
    const facts = metadataFacts(c.metadata);
    expect(validateTables(c, facts)).toEqual(validateColumns(c));
    expect(validateTables(c, facts).join('\n')).toMatch(/events\.0: outlet is not its article's outlet/);
    // An article whose outlet no outlet has (the metadata's own check refuses it first) fails every event of it.
    const unknown = { ...facts, articleOutlet: facts.articleOutlet.map(() => -1) };
    expect(validateTables(columns(), unknown).join('\n')).toMatch(/outlet is not its article's outlet/);
  });
});
