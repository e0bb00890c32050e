import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { buildBundle } from './build-bundle.ts';

// The fictional demo corpus (data/demo) exercises what the seeds do not: it was written apart from the
// pipeline, so these tests check the awkward cases on text the rules were not tuned to.
const root = resolve(import.meta.dirname, '../../..');
const input = resolve(root, 'data/demo/articles');
const { bundle, report } = buildBundle(
  readCorpus(input, '2100-01-01'),
  compileResources(loadResourceData(resolve(root, 'data'), input)),
);
const article = (prefix: string) => bundle.articles.find((a) => a.id.startsWith(prefix))!;
const eventsIn = (prefix: string) => bundle.events.filter((e) => e.articleId.startsWith(prefix));

describe('the demo corpus', () => {
  it('is marked as fiction in every article', () => {
    expect(bundle.articles.every((a) => a.fiction)).toBe(true);
  });

  it('joins a planned meeting and two later reports that it happened, from three outlets', () => {
    const cluster = bundle.clusters.find(
      (c) => c.actorIds.includes('anika-sorrel') && c.actorIds.includes('petra-lindqvar') && c.date === '2026-04-02',
    );
    expect(cluster).toBeDefined();
    expect(cluster!.outletIds).toEqual(['meridian-wire', 'northern-courier', 'ostrava-today']);
    expect(cluster!.modalities).toEqual(['occurred', 'planned']);
  });

  it('resolves "Veldoria\'s foreign minister" to whoever held the post on the publication date', () => {
    // The body's sentence, not the headline's "Veldorian and Ostravan foreign ministers set to meet", which its body dates.
    const before = eventsIn('demo_05').find(
      (e) =>
        e.type === 'CONSULT' &&
        e.modality === 'planned' &&
        e.date === '2026-04-02' &&
        e.evidence.text.includes("Veldoria's foreign minister"),
    );
    expect(before!.source).toEqual(['petra-lindqvar']);
    // The arrival and the talks it was for are one event (the journey's purpose), told by "talks with".
    const after = eventsIn('demo_11').find((e) => e.type === 'CONSULT' && e.evidence.text.includes('arrived in'));
    expect(after!.source).toEqual(['jarek-omsted']);
  });

  it('extracts participants the gazetteer does not know, marked unresolved', () => {
    expect(report.unresolvedNames).toContain('Marit Sol');
    expect(bundle.actors.find((a) => a.id === 'unresolved:marit-sol')).toMatchObject({
      resolved: false,
      name: 'Marit Sol',
    });
  });

  it('infers a person a description introduces ("Bertil Asgaard, the Sable Front\'s chief negotiator")', () => {
    expect(bundle.actors.find((a) => a.id === 'bertil-asgaard')).toMatchObject({
      inferred: true,
      affiliation: 'sable-front',
    });
  });

  it('reads denials as denied', () => {
    const denied = bundle.events.filter((e) => e.modality === 'denied').map((e) => e.evidence.text);
    expect(denied.some((t) => t.includes('is not sending a delegation'))).toBe(true);
    expect(denied.some((t) => t.includes('did not meet'))).toBe(true);
  });

  it('infers outlets from a byline and a reference line when the manifest has no entry', () => {
    expect(article('demo_08')).toMatchObject({
      outletId: 'meridian-wire',
      flags: expect.arrayContaining(['outlet-inferred']),
    });
    expect(article('demo_12')).toMatchObject({
      outletId: 'harbor-post',
      flags: expect.arrayContaining(['outlet-inferred']),
    });
  });

  it('leaves relative dates unresolved in an article with no publication date', () => {
    expect(article('demo_09').flags).toContain('no-publication-date');
    expect(eventsIn('demo_09').every((e) => e.date === null && e.datePrecision === 'unknown')).toBe(true);
  });

  it('codes hoped-for and conditional events as hypothetical', () => {
    const hypothetical = bundle.events.filter((e) => e.modality === 'hypothetical').map((e) => e.evidence.text);
    expect(hypothetical.some((t) => t.includes('if talks succeed'))).toBe(true);
  });

  it('covers many PLOVER types on text it was not tuned to', () => {
    expect(new Set(bundle.events.map((e) => e.type)).size).toBeGreaterThanOrEqual(12);
  });

  it('finds the reprinted and the lightly edited wire copy of the Kessa visit as reuse, and not the independent account', () => {
    const between = (x: string, y: string) =>
      bundle.reuse.filter((r) => r.a.articleId.startsWith(x) && r.b.articleId.startsWith(y));
    const verbatim = between('demo_11', 'demo_13');
    expect(verbatim.length).toBeGreaterThan(0);
    expect(verbatim.every((r) => r.similarity === 1 && r.earlierArticleId!.startsWith('demo_11'))).toBe(true);
    const edited = between('demo_11', 'demo_14');
    expect(edited.length).toBeGreaterThan(0);
    expect(edited.some((r) => r.similarity < 1)).toBe(true);
    expect(bundle.reuse.some((r) => r.a.articleId.startsWith('demo_15') || r.b.articleId.startsWith('demo_15'))).toBe(
      false,
    );
    // The wire's own background paragraph copied by another outlet, already in the corpus.
    expect(between('demo_05', 'demo_06').length).toBe(1);
  });

  it('counts the copies of the Kessa visit once: fewer independent outlets than outlets', () => {
    const visit = bundle.clusters.find(
      (c) =>
        c.type === 'CONSULT' &&
        c.date === '2026-04-21' &&
        c.actorIds.includes('jarek-omsted') &&
        c.outletIds.includes('kessa-ledger'),
    )!;
    expect(visit.outletIds).toEqual(
      expect.arrayContaining(['meridian-wire', 'velgrad-herald', 'gull-strait-gazette', 'kessa-ledger']),
    );
    expect(visit.independentOutletIds.length).toBeLessThan(visit.outletIds.length);
    expect(visit.independentOutletIds).toEqual(expect.arrayContaining(['meridian-wire', 'kessa-ledger']));
    expect(visit.derived.map((d) => [d.outletId, d.fromOutletId])).toEqual([
      ['gull-strait-gazette', 'meridian-wire'],
      ['velgrad-herald', 'meridian-wire'],
    ]);
  });

  it('fills the comparison measures: loaded terms, tone, labels, quotes tied to events, method notes', () => {
    expect(bundle.loadedTerms.length).toBeGreaterThan(10);
    expect(bundle.analysis.loadedTerms.entries).toBeGreaterThanOrEqual(60);
    expect(bundle.analysis.tone.limits).toMatch(/sarcasm/);
    expect(bundle.analysis.reuse.threshold).toBe(0.5);
    expect(bundle.events.every((e) => e.actorLabels.length === e.actorSpans.length)).toBe(true);
    expect(bundle.events.some((e) => e.tone.terms.length > 0)).toBe(true);
    expect(bundle.quotes.filter((q) => q.eventIds.length > 0).length).toBeGreaterThan(bundle.quotes.length / 3);
  });
});
