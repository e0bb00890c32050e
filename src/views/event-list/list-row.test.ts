import { describe, expect, it } from 'vitest';
import { formatCount } from '../../components/format.ts';
import { fixtureIndex, fixtureMask } from '../../selectors/test-fixture.ts';
import { describeCount, describeRow, isRowSelected } from './list-row.ts';

const index = fixtureIndex();
const event = (id: string) => index.eventIndex.get(id)!;
const cluster = (id: string) => index.clusterIndex.get(id)!;

describe('describeRow', () => {
  it('writes a report: date at its precision, actor names, its outlet, the sentence', () => {
    const row = describeRow(index, fixtureMask(), 'reports', event('a3#e2'), null);
    expect(row).toMatchObject({
      date: 'Feb 2025',
      precision: 'month',
      type: 'SANCTION',
      sources: 'United States',
      targets: 'Iran',
      outletIds: ['wire'],
      modality: 'occurred',
      sentence: 'The US imposed sanctions on Iran last month.',
      fiction: true,
      selection: { kind: 'event', eventId: 'a3#e2' },
    });
  });

  it('says "date not stated" for a report without a stated date, not its publication day', () => {
    const row = describeRow(index, fixtureMask(), 'reports', event('a2#e2'), null);
    expect(row.date).toBe('date not stated');
    expect(row.precision).toBe('not stated');
  });

  it('writes a real-world event from its passing reports: their outlets and firmest modality', () => {
    const all = describeRow(index, fixtureMask(), 'events', cluster('c1'), null);
    expect(all).toMatchObject({
      key: 'c1',
      outletIds: ['hayom', 'cgtn', 'wire'],
      modality: 'occurred',
      selection: { kind: 'cluster', clusterId: 'c1' },
    });
    const hayomOnly = describeRow(index, fixtureMask({ outlets: ['hayom'] }), 'events', cluster('c1'), null);
    expect(hayomOnly).toMatchObject({ outletIds: ['hayom'], modality: 'planned' });
  });
});

describe('isRowSelected', () => {
  it('marks the selected report, and the real-world event it belongs to', () => {
    const selection = { kind: 'event', eventId: 'a2#e1' } as const;
    expect(isRowSelected(index, 'reports', event('a2#e1'), selection)).toBe(true);
    expect(isRowSelected(index, 'reports', event('a1#e1'), selection)).toBe(false);
    expect(isRowSelected(index, 'events', cluster('c1'), selection)).toBe(true);
    expect(isRowSelected(index, 'events', cluster('c2'), selection)).toBe(false);
    expect(isRowSelected(index, 'events', cluster('c2'), { kind: 'cluster', clusterId: 'c2' })).toBe(true);
    expect(isRowSelected(index, 'events', cluster('c2'), null)).toBe(false);
  });
});

describe('describeCount', () => {
  it('names what a row is', () => {
    expect(describeCount(12345, 'reports', formatCount)).toBe('12,345 reports');
    expect(describeCount(1, 'events', formatCount)).toBe('1 real-world event');
  });
});
