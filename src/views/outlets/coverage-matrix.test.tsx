// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectCoverage } from '../../selectors/coverage.ts';
import { fixtureIndex, fixtureMask } from '../../selectors/test-fixture.ts';
import { useChartExportStore } from '../../state/chart-export-store.ts';
import { CoverageMatrix } from './coverage-matrix.tsx';

const index = fixtureIndex();
const base = selectCoverage(index, fixtureMask()).rows;
/** 60 rows: far more than the 500-pixel window shows. */
const rows = Array.from({ length: 60 }, (_, i) => base[i % base.length]!);
const columns = [
  { id: 'hayom', label: 'Hayom', count: 2 },
  { id: 'cgtn', label: 'CGTN', count: 2 },
];

const renderMatrix = () =>
  render(
    <CoverageMatrix
      rows={rows}
      columns={columns}
      colourOf={() => '#334155'}
      selection={null}
      onCell={() => {}}
      onRow={() => {}}
    />,
  );
const bodyRows = () => within(screen.getByRole('grid')).getAllByRole('row').length - 1;

afterEach(() => {
  cleanup();
  act(() => useChartExportStore.getState().setDrawingWhole(false));
});

describe('CoverageMatrix for a chart export', () => {
  it('renders only the rows in view on screen', () => {
    renderMatrix();
    expect(bodyRows()).toBeLessThan(20);
  });

  it('renders every row, at full height, while a chart is drawn whole for an export', () => {
    renderMatrix();
    act(() => useChartExportStore.getState().setDrawingWhole(true));
    expect(bodyRows()).toBe(60);
    expect(parseFloat(screen.getByRole('grid').style.height)).toBeGreaterThanOrEqual(60 * 36);
    act(() => useChartExportStore.getState().setDrawingWhole(false));
    expect(bodyRows()).toBeLessThan(20);
  });
});
