import { useEffect, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The countries of the world (Natural Earth 1:110m via world-atlas), as GeoJSON. */
export type Basemap = FeatureCollection<Geometry, { name: string }>;

let loading: Promise<Basemap> | null = null;

/** Loads the basemap once, in its own chunk (about 100 kB), so the page's first paint does not wait for it. */
function loadBasemap(): Promise<Basemap> {
  loading ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = module.default as unknown as Topology;
    return feature(topology, topology.objects['countries'] as GeometryCollection) as unknown as Basemap;
  });
  return loading;
}

/** The basemap, or null until it has loaded. */
export function useBasemap(): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    let live = true;
    void loadBasemap().then((b) => live && setBasemap(b));
    return () => {
      live = false;
    };
  }, []);
  return basemap;
}
