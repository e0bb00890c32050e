import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bundle, parseBundle } from '../../model/bundle-schema.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { buildBundle } from './build-bundle.ts';
import { serialiseBundle } from './write-bundle.ts';

const root = resolve(import.meta.dirname, '../../..');
const build = (dir: string) => {
  const input = resolve(root, dir);
  const resources = compileResources(loadResourceData(resolve(root, 'data'), input));
  return buildBundle(readCorpus(input, '2100-01-01'), resources).bundle;
};

describe.each(['data/articles', 'data/demo/articles'])('bundle properties on %s', (dir) => {
  const bundle: Bundle = build(dir);
  const text = new Map(bundle.articles.map((a) => [a.id, a.text]));

  it('has events, quotes and clusters', () => {
    expect(bundle.events.length).toBeGreaterThan(20);
    expect(bundle.quotes.length).toBeGreaterThan(5);
  });

  it('points every evidence, trigger, actor and date span at the exact text', () => {
    for (const e of bundle.events) {
      for (const span of [e.evidence, e.trigger, ...e.actorSpans, ...(e.dateSpan ? [e.dateSpan] : [])])
        expect(text.get(e.articleId)!.slice(span.start, span.end)).toBe(span.text);
      expect(e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end).toBe(true);
    }
    for (const q of bundle.quotes) expect(text.get(q.articleId)!.slice(q.start, q.end)).toBe(q.text);
  });

  it('references only actors that exist', () => {
    const actors = new Set(bundle.actors.map((a) => a.id));
    for (const e of bundle.events) for (const id of [...e.source, ...e.target]) expect(actors.has(id), id).toBe(true);
    for (const q of bundle.quotes) if (q.speakerId) expect(actors.has(q.speakerId)).toBe(true);
  });

  it('puts every event in exactly one cluster, and the cluster lists it back', () => {
    const memberships = new Map<string, number>();
    for (const c of bundle.clusters) for (const id of c.eventIds) memberships.set(id, (memberships.get(id) ?? 0) + 1);
    for (const e of bundle.events) {
      expect(memberships.get(e.id)).toBe(1);
      expect(bundle.clusters.find((c) => c.id === e.clusterId)!.eventIds).toContain(e.id);
    }
  });

  it('is accepted by the shared schema', () => {
    expect(parseBundle(JSON.parse(JSON.stringify(bundle))).ok).toBe(true);
  });

  it('is byte-identical when built twice from the same input', () => {
    expect(serialiseBundle(build(dir))).toBe(serialiseBundle(bundle));
  });
});

describe('the seed bundle holds the events the acceptance names', () => {
  const bundle = build('data/articles');
  const outletOf = new Map(bundle.articles.map((a) => [a.id, a.outletId]));
  const clusterWith = (date: string, a: string, b: string) =>
    bundle.clusters.filter(
      (c) => c.type === 'CONSULT' && c.date === date && c.actorIds.includes(a) && c.actorIds.includes(b),
    );
  const reports = (clusterId: string) =>
    bundle.events.filter((e) => e.clusterId === clusterId).map((e) => `${outletOf.get(e.articleId)}:${e.modality}`);

  it('clusters the 7 July 2025 White House dinner across three outlets', () => {
    const [dinner, ...others] = clusterWith('2025-07-07', 'donald-trump', 'benjamin-netanyahu');
    expect(others).toEqual([]);
    expect(new Set(reports(dinner!.id))).toEqual(
      new Set(['israel-hayom:planned', 'coinfomania:occurred', 'cgtn:occurred']),
    );
  });

  it.each(['jd-vance', 'mike-johnson'])(
    'clusters the 8 July meeting with %s: planned in Israel Hayom, occurred in Coinfomania',
    (who) => {
      const clusters = clusterWith('2025-07-08', 'benjamin-netanyahu', who);
      expect(clusters).toHaveLength(1);
      expect(new Set(reports(clusters[0]!.id))).toEqual(new Set(['israel-hayom:planned', 'coinfomania:occurred']));
    },
  );

  it('codes "Israel is not sending a delegation to Cairo or Doha" as denied', () => {
    const events = bundle.events.filter((e) => e.evidence.text.includes('is not sending a delegation'));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.modality === 'denied' && e.source.includes('isr'))).toBe(true);
  });

  it('dates "Witkoff who met Netanyahu on Monday" to 2025-02-03, occurred', () => {
    const event = bundle.events.find((e) => e.evidence.text.startsWith('Witkoff who met Netanyahu'));
    expect(event).toMatchObject({
      date: '2025-02-03',
      datePrecision: 'day',
      modality: 'occurred',
      source: ['steve-witkoff'],
      target: ['benjamin-netanyahu'],
    });
  });

  it('dates the Hegseth meeting "on Wednesday" to 2025-07-09, planned', () => {
    const event = bundle.events.find((e) => e.target.includes('pete-hegseth'));
    expect(event).toMatchObject({ date: '2025-07-09', modality: 'planned', source: ['benjamin-netanyahu'] });
  });

  it('codes the lifting of sanctions on the Al-Tahrir organization as a concession', () => {
    const event = bundle.events.find((e) => e.target.includes('hts'));
    expect(event).toMatchObject({ type: 'CONCEDE', mode: 'easing', source: ['usa'] });
  });
});
