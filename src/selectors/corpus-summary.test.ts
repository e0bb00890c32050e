import { describe, expect, it } from 'vitest';
import { summariseCorpus } from './corpus-summary.ts';
import type { Bundle } from '../model/bundle-schema.ts';

const event = (date: string, precision: 'day' | 'unknown') => ({ date, datePrecision: precision }) as Bundle['events'][number];

describe('summariseCorpus', () => {
  it('counts articles, outlets and events and spans the dated events only', () => {
    const bundle = { articles: [{}, {}], outlets: [{}], events: [event('2025-02-03', 'day'), event('2025-07-09', 'day'), event('2023-01-01', 'unknown')] } as unknown as Bundle;
    expect(summariseCorpus(bundle).text).toBe('2 articles · 1 outlet · 3 events · Feb 2025–Jul 2025');
  });
});

describe('summariseCorpus at scale', () => {
  it('writes large counts with thousands separators', () => {
    const bundle = { articles: new Array(22802).fill({}), outlets: [{}], events: [] } as unknown as Bundle;
    expect(summariseCorpus(bundle).text).toBe('22,802 articles · 1 outlet · 0 events');
  });
});
