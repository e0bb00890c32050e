import { describe, expect, it } from 'vitest';
import { MAX_LABEL_WIDTH, matrixWidths, MIN_COLUMN_WIDTH, MIN_LABEL_WIDTH } from './matrix-widths.ts';

describe('matrixWidths', () => {
  it('gives a wide panel the widest label and lets the columns share the rest', () => {
    expect(matrixWidths(940, 8)).toEqual({ labelWidth: MAX_LABEL_WIDTH, colWidth: 84 });
  });

  it('widens the label of a narrow panel with few outlets, so that the matrix fits without scrolling', () => {
    const { labelWidth, colWidth } = matrixWidths(420, 5);
    expect(labelWidth).toBeGreaterThan(200);
    expect(labelWidth + 5 * colWidth + 2).toBeLessThanOrEqual(420);
  });

  it('keeps the narrowest label and column when many outlets share a narrow panel (the matrix then scrolls)', () => {
    expect(matrixWidths(420, 12)).toEqual({ labelWidth: MIN_LABEL_WIDTH, colWidth: MIN_COLUMN_WIDTH });
  });
});
