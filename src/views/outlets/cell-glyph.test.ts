import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../../model/bundle-schema.ts';
import { cellGlyphs, cellLabel, dateDiffers, glyphSpec, joinWords } from './cell-glyph.ts';

const cell = (over: Partial<Parameters<typeof cellLabel>[1] & object> = {}) => ({
  outletId: 'cgtn',
  modalities: ['occurred' as const],
  eventIds: ['e1'],
  dates: ['2025-07-07'],
  days: ['2025-07-07'],
  actorIds: ['trump'],
  ...over,
});

describe('glyphSpec', () => {
  it('gives every modality a distinct shape, so none is told apart by colour alone', () => {
    const shapes = MODALITIES.map((m) => JSON.stringify(glyphSpec(m)));
    expect(new Set(shapes).size).toBe(MODALITIES.length);
    expect(glyphSpec('occurred').fill).toBe('full');
    expect(glyphSpec('planned')).toEqual({ fill: 'none', dash: null, strike: false });
    expect(glyphSpec('ongoing').fill).toBe('half');
    expect(glyphSpec('denied').strike).toBe(true);
    expect(glyphSpec('hypothetical').dash).not.toBeNull();
  });
});

describe('cellGlyphs', () => {
  it('draws the firmest modalities first, deduplicated and capped', () => {
    expect(cellGlyphs(['planned', 'occurred', 'planned'])).toEqual(['occurred', 'planned']);
    expect(cellGlyphs(['denied', 'hypothetical', 'planned'], 2)).toEqual(['planned', 'hypothetical']);
  });
});

describe('cellLabel', () => {
  it('says how and when the outlet reported the event', () => {
    expect(cellLabel('CGTN', cell())).toBe('CGTN reported this as occurred on 7 Jul 2025');
    expect(
      cellLabel(
        'Wire',
        cell({ modalities: ['planned', 'occurred'], eventIds: ['a', 'b'], dates: ['2025-07-08', '2025-07-07'] }),
      ),
    ).toBe('Wire reported this as occurred and planned on 7 Jul 2025 and 8 Jul 2025 (2 reports)');
    expect(cellLabel('Hayom', cell({ modalities: ['ongoing'], dates: [] }))).toBe(
      'Hayom reported this as ongoing without a date',
    );
  });

  it('names an empty cell as not reported', () => {
    expect(cellLabel('CGTN', undefined)).toBe('CGTN did not report this');
  });
});

describe('joinWords and dateDiffers', () => {
  it('joins lists in plain English', () => {
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('flags an outlet whose date is not the cluster’s', () => {
    expect(dateDiffers(cell({ dates: ['2025-07-08'] }), '2025-07-07')).toBe(true);
    expect(dateDiffers(cell(), '2025-07-07')).toBe(false);
    expect(dateDiffers(cell({ dates: [] }), '2025-07-07')).toBe(false);
  });
});
