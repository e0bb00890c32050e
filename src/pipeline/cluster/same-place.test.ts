import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../events/event-records.ts';
import { clustered, partiesOf, report } from './test-events.ts';

// Where each place is drawn: a venue at its city, as the map's locator gives it.
const POINT: Record<string, string> = {
  'State House': 'nairobi',
  Nairobi: 'nairobi',
  'Villa Somalia': 'mogadishu',
  Mogadishu: 'mogadishu',
};
const context = (e: ExtractedEvent) => ({
  published: '2025-07-09',
  outletId: 'o',
  place: e.location ? (POINT[e.location] ?? e.location) : null,
});
const parties = partiesOf({ ruto: 'ken', mudavadi: 'ken', abiy: 'eth', mohamud: 'som', fiqi: 'som' }, [
  'ruto',
  'abiy',
  'mohamud',
]);

describe('clustering compares places by where they are drawn (a venue is its city)', () => {
  it("joins a state-level report placed in the city to the leaders' meeting at a venue there", () => {
    const leaders = report({ source: ['abiy'], target: ['ruto'], location: 'State House' });
    const official = report({ source: ['abiy'], target: ['mudavadi'], location: 'Nairobi' });
    const states = report({ source: ['eth', 'ken'], location: 'Nairobi' });
    const result = clustered([leaders, official, states], parties, context);
    expect(result).toContainEqual([leaders.id, states.id]);
    expect(result).toContainEqual([official.id]);
  });

  it("still prefers the official's meeting when only it took place in the city the state-level report names", () => {
    const leaders = report({ source: ['mohamud'], target: ['ruto'], location: 'State House' });
    const official = report({ source: ['fiqi'], target: ['ruto'], location: 'Mogadishu' });
    const states = report({ source: ['som', 'ruto'], location: 'Villa Somalia' });
    const result = clustered([leaders, official, states], parties, context);
    expect(result).toContainEqual([official.id, states.id]);
  });
});
