import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../model/bundle-schema.ts';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { selectTimeline } from '../../selectors/timeline.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../../state/filters.ts';
import { describeMark, markName } from './mark-details.ts';
import { markPaint } from './mark-style.ts';

function withDateSpan(bundle: Bundle): Bundle {
  // Give the 8 July report its date expression, as the pipeline would.
  const e = bundle.events.find((x) => x.id === 'a3#e1')!;
  const start = e.evidence.text.indexOf('on Tuesday');
  e.dateSpan = { text: 'on Tuesday', start: e.evidence.start + start, end: e.evidence.start + start + 10 };
  return bundle;
}

const index = buildBundleIndex(withDateSpan(fixtureBundle()));
const { marks } = selectTimeline(index, selectEventMask(index, EMPTY_FILTERS), 'type');
const byCluster = (id: string) => marks.find((m) => m.clusterId === id)!;

describe('describeMark', () => {
  it('lists type, actors, outlets, and how the reports disagree on modality', () => {
    const d = describeMark(index, byCluster('c1'));
    expect(d.heading).toBe('CONSULT · Verbal cooperation');
    expect(d.actors).toEqual(['Donald Trump', 'Benjamin Netanyahu']);
    expect(d.outlets).toEqual(['Hayom', 'CGTN', 'Wire']);
    expect(d.modality).toBe('occurred; also reported as planned');
  });
  it('shows what the article said and what it resolved to', () => {
    expect(describeMark(index, byCluster('c1')).dateNotes).toEqual(['Mon 7 Jul 2025 · Hayom, CGTN', '‘on Tuesday’ → Tue 8 Jul 2025 · Wire']);
    expect(describeMark(index, byCluster('c1')).date).toBe('Mon 7 Jul 2025');
    expect(describeMark(index, byCluster('c4')).date).toBe('Feb 2025');
  });
  it('never passes a publication date off as the event date', () => {
    const d = describeMark(index, byCluster('c3'));
    expect(d.dateNotes).toEqual(["No date in the text: the article's publication date (Mon 7 Jul 2025) stands in"]);
    expect(markName(index, byCluster('c3'))).toContain('date unknown (published Mon 7 Jul 2025)');
  });
  it('gives each mark a one-line accessible name, with the precision of its date', () => {
    expect(markName(index, byCluster('c5'))).toBe('CONSULT: Iran, United States; Tue 8 Jul 2025; denied; reported by 1 news source; fiction');
    expect(markName(index, byCluster('c1'))).toBe('CONSULT: Benjamin Netanyahu, Donald Trump; Mon 7 Jul 2025; occurred; reported by 3 news sources; fiction');
    expect(markName(index, byCluster('c4'))).toMatch(/^SANCTION: Iran, United States; Feb 2025;/);
  });
});

describe('markPaint', () => {
  it('fills only events that happened; planned, hypothetical and denied are hollow', () => {
    expect(markPaint('material-conflict', 'occurred', true)).toMatchObject({ fill: '#dc2626', dash: null, strike: false, opacity: 1 });
    expect(markPaint('material-conflict', 'planned', true)).toMatchObject({ fill: '#ffffff', dash: null });
    expect(markPaint('material-conflict', 'hypothetical', true)).toMatchObject({ fill: '#ffffff', dash: [3, 2] });
    expect(markPaint('material-conflict', 'denied', true)).toMatchObject({ fill: '#ffffff', strike: true });
    expect(markPaint('material-conflict', 'ongoing', true)).toMatchObject({ fill: '#dc2626', outerRing: true, dash: null });
  });
  it('fades marks whose date is unknown', () => {
    expect(markPaint('verbal-cooperation', 'occurred', false).opacity).toBeLessThan(1);
  });
});

describe('fiction on marks', () => {
  const real = fixtureBundle();
  real.articles = real.articles.map((a) => ({ ...a, fiction: false }));
  const realIndex = buildBundleIndex(real);
  const realMark = selectTimeline(realIndex, selectEventMask(realIndex, EMPTY_FILTERS), 'type').marks.find((m) => m.clusterId === 'c1')!;
  const fictionMark = marks.find((m) => m.clusterId === 'c1')!;

  it('names a mark from fictional articles as fiction, and a real one not', () => {
    expect(markName(index, fictionMark)).toMatch(/; fiction$/);
    expect(markName(realIndex, realMark)).not.toMatch(/fiction/);
  });

  it('says so in the tooltip', () => {
    expect(describeMark(index, fictionMark).fiction).toBe('Fiction: from the demo corpus, not reporting');
    expect(describeMark(realIndex, realMark).fiction).toBeNull();
  });
});
