import { create } from 'zustand';

/**
 * Whether a chart is being drawn whole for an image export. Virtualised views (the coverage matrix) then
 * render every row for the frame the export reads, since an image holds the whole chart, not the rows
 * scrolled into view. UI state only: never in the URL.
 */
export type ChartExportState = {
  drawingWhole: boolean;
  setDrawingWhole: (on: boolean) => void;
};

export const useChartExportStore = create<ChartExportState>((set) => ({
  drawingWhole: false,
  setDrawingWhole: (drawingWhole) => set({ drawingWhole }),
}));
