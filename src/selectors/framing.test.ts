import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from './bundle-index.ts';
import { selectCoverage } from './coverage.ts';
import { selectFraming, selectFramingChoices } from './framing.ts';
import { fixtureBundle, fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;
/** A cluster's coverage row with every outlet compared, under no filter. */
const rowOf = (clusterId: string) => selectCoverage(index, mask()).rows.find((r) => r.clusterId === clusterId) ?? null;

describe('selectFraming', () => {
  const framing = selectFraming(index, 'c1', rowOf('c1'))!;

  it('lines up each outlet with its own verb, labels, modality, date and sentence', () => {
    expect(framing.reports.map((r) => [r.outlet, r.verb, r.modality, r.date])).toEqual([
      ['CGTN', 'hosted', 'occurred', '2025-07-07'],
      ['Hayom', 'meet', 'planned', '2025-07-07'],
      ['Wire', 'met', 'occurred', '2025-07-08'],
    ]);
    expect(framing.reports[0]!.sentence).toBe('Trump hosted Netanyahu on Monday.');
    expect(framing.reports[0]!.highlights.map((h) => h.kind)).toEqual(['actor', 'trigger', 'actor']);
  });

  it('falls back from labels to mentions to the actor name', () => {
    const wire = framing.reports.find((r) => r.outletId === 'wire')!;
    expect(wire.labels).toEqual([
      { actorId: 'trump', actor: 'Donald Trump', label: 'Trump', basis: 'label' },
      { actorId: 'netanyahu', actor: 'Benjamin Netanyahu', label: 'Benjamin Netanyahu', basis: 'name' },
    ]);
  });

  it('calls out differing verbs, labels and modalities as wording, and the date as the disagreement Differences finds', () => {
    expect(framing.differences.verbs).toEqual(['hosted', 'meet', 'met']);
    // A plan, then its outcome: different, not contradicting.
    expect(framing.differences.modalities).toEqual(['occurred', 'planned']);
    expect(framing.disagreement).toEqual({ reason: 'dates differ: 7 Jul 2025 / 8 Jul 2025', kinds: ['date'] });
    expect(framing.reports.every((r) => r.compared)).toBe(true);
    // Wire's sentence gives no label for Netanyahu: the gazetteer name it falls back to is no difference.
    expect(framing.differences.labels).toEqual([]);
  });

  it('calls out an actor labelled differently by two outlets', () => {
    const bundle = fixtureBundle();
    const wire = bundle.events.find((e) => e.id === 'a3#e1')!;
    const phrase = 'Netanyahu on Tuesday';
    const start = wire.evidence.start + wire.evidence.text.indexOf(phrase);
    wire.actorLabels.push({ text: phrase, start, end: start + phrase.length, actorId: 'netanyahu' });
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, fixtureMask()).rows.find((r) => r.clusterId === 'c1')!;
    const labels = selectFraming(changed, 'c1', row)!.differences.labels;
    expect(labels).toEqual([{ actor: 'Benjamin Netanyahu', labels: ['Netanyahu', 'Netanyahu on Tuesday'] }]);
  });

  it('shows the tone and loaded terms of a sentence, and calls nothing out for one outlet', () => {
    const pressing = selectFraming(index, 'c3', rowOf('c3'))!;
    expect(pressing.reports[0]!.tone).toEqual({ score: -1, comparative: -0.25, terms: [{ text: 'pressing', valence: -1 }] });
    expect(pressing.reports[0]!.loadedTerms).toEqual([{ text: 'pressing', term: 'pressing', category: 'pressure' }]);
    expect(pressing.differences).toEqual({ verbs: null, labels: [], modalities: null });
    expect(pressing.disagreement).toBeNull();
    expect(selectFraming(index, 'nope', null)).toBeNull();
  });

  it('names the actors to highlight when participants differ', () => {
    const bundle = fixtureBundle();
    bundle.events.find((e) => e.id === 'a3#e1')!.target = ['netanyahu', 'vance'];
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, fixtureMask()).rows.find((r) => r.clusterId === 'c1')!;
    const framing = selectFraming(changed, 'c1', row)!;
    expect(framing.disagreement?.kinds).toEqual(['date', 'participants']);
    expect(framing.namedBySome).toEqual(['vance']);
    expect(selectFraming(index, 'c1', rowOf('c1'))!.namedBySome).toEqual([]);
  });

  it('compares only the reports of the row it is given, and shows the rest uncompared', () => {
    const hayomOnly = selectFraming(index, 'c1', selectCoverage(index, mask({ outlets: ['hayom'] })).rows.find((r) => r.clusterId === 'c1')!)!;
    expect(hayomOnly.reports.map((r) => [r.outletId, r.compared])).toEqual([
      ['cgtn', false],
      ['hayom', true],
      ['wire', false],
    ]);
    expect([hayomOnly.comparedOutlets, hayomOnly.disagreement, hayomOnly.differences.verbs]).toEqual([1, null, null]);
  });

  it('offers clusters reported by two or more outlets, in date order, searchable', () => {
    const rows = (f: Parameters<typeof mask>[0] = {}) => selectCoverage(index, mask(f)).rows;
    expect(selectFramingChoices(index, rows()).choices.map((c) => [c.clusterId, c.outlets])).toEqual([['c1', 3]]);
    expect(selectFramingChoices(index, rows(), 'vance').total).toBe(0);
    expect(selectFramingChoices(index, rows({ outlets: ['hayom'] })).total).toBe(0);
    // Past the limit rows are counted, not listed.
    expect(selectFramingChoices(index, [...rows(), ...rows()], '', 1)).toMatchObject({ total: 2, choices: [{ clusterId: 'c1' }] });
  });
});
