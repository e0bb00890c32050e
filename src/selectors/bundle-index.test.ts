import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from './bundle-index.ts';
import { fixtureBundle } from './test-fixture.ts';

describe('bundle index', () => {
  it('indexes every event under its own actors, outlet and cluster', () => {
    const bundle = fixtureBundle();
    const index = buildBundleIndex(bundle);
    bundle.events.forEach((e, i) => {
      const actors = [...index.actorsOf(i)].map((a) => index.actorIds[a]);
      expect(actors.sort()).toEqual([...new Set([...e.source, ...e.target])].sort());
      expect(bundle.clusters[index.cluster[i]!]!.id).toBe(e.clusterId);
    });
  });

  it('refuses an event naming an id the bundle does not list, instead of filing it under the first one', () => {
    const bundle = fixtureBundle();
    const broken = { ...bundle, events: bundle.events.map((e, i) => (i === 1 ? { ...e, source: ['nobody'] } : e)) };
    expect(() => buildBundleIndex(broken)).toThrow(/unknown actor "nobody"/);
    const noCluster = { ...bundle, events: bundle.events.map((e, i) => (i === 0 ? { ...e, clusterId: 'c?' } : e)) };
    expect(() => buildBundleIndex(noCluster)).toThrow(/unknown cluster "c\?"/);
  });
});
