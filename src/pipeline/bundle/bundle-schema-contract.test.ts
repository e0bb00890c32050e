import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../model/bundle-schema.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { buildBundle } from './build-bundle.ts';

const root = resolve(import.meta.dirname, '../../..');
const input = resolve(root, 'data/articles');
const bundle = buildBundle(
  readCorpus(input, '2100-01-01'),
  compileResources(loadResourceData(resolve(root, 'data'), input)),
).bundle;
const json = JSON.stringify(bundle);

// Event fields the contract allows to be null.
const NULLABLE = new Set(['mode', 'date', 'dateSpan', 'location']);

describe('the bundle schema', () => {
  it('accepts the bundle the pipeline writes', () => {
    expect(parseBundle(JSON.parse(json)).ok).toBe(true);
  });

  it('accepts a bundle written before places were added, and lists every event location once', () => {
    const old = JSON.parse(json);
    delete old.places;
    expect(parseBundle(old).ok).toBe(true);
    const locations = new Set(bundle.events.map((e) => e.location).filter(Boolean));
    expect(bundle.places!.map((p) => p.name).sort()).toEqual([...locations].sort());
  });

  it('rejects mutated bundles with a readable problem naming where', () => {
    const mutations: [string, (b: Record<string, unknown> & typeof bundle) => void][] = [
      ['schema version', (b) => Object.assign(b, { schemaVersion: 1 })],
      ['missing events', (b) => delete (b as Partial<typeof bundle>).events],
      ['event type', (b) => Object.assign(b.events[0]!, { type: 'HUG' })],
      ['evidence offsets', (b) => Object.assign(b.events[0]!.evidence, { start: b.events[0]!.evidence.start + 1 })],
      ['unknown actor', (b) => b.events[0]!.source.push('nobody')],
      ['unknown cluster', (b) => Object.assign(b.events[0]!, { clusterId: 'c-none' })],
      ['date format', (b) => Object.assign(b.events[0]!, { date: '7 July 2025' })],
      ['confidence range', (b) => Object.assign(b.events[0]!, { confidence: 2 })],
      ['article outlet', (b) => Object.assign(b.articles[0]!, { outletId: 'nowhere' })],
      ['place listed twice', (b) => b.places!.push(b.places![0]!)],
      ['half a point', (b) => Object.assign(b.places![0]!, { lat: null })],
      ['place kind', (b) => Object.assign(b.places![0]!, { kind: 'planet' })],
    ];
    for (const [what, mutate] of mutations) {
      const copy = JSON.parse(json);
      mutate(copy);
      const result = parseBundle(copy);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.problems[0], what).toMatch(/^[\w.()]+: .+/);
    }
  });

  it('rejects any event with a field replaced by a wrong type', () => {
    const fields = Object.keys(bundle.events[0]!);
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.constantFrom(42, 'x', null, [], {}), (field, value) => {
        const copy = JSON.parse(json);
        const original = copy.events[0][field];
        // A null field's real type is its non-null one: a string mode or place is fine where null was.
        const expectedType = original === null ? (field === 'dateSpan' ? 'object' : 'string') : typeof original;
        const sameKind =
          value === null
            ? NULLABLE.has(field)
            : typeof value === expectedType &&
              Array.isArray(value) === Array.isArray(original) &&
              !(field === 'dateSpan' && original === null);
        fc.pre(!sameKind);
        copy.events[0][field] = value;
        expect(parseBundle(copy).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
