import { create } from 'zustand';
import type { LoadStage } from '../data/bundle-worker-messages.ts';

/** How far loading the bundle has come, for the progress indicator shown until the dashboard paints. */
type LoadProgressState = {
  stage: LoadStage;
  loaded: number;
  total: number | null;
  report: (stage: LoadStage, loaded?: number, total?: number | null) => void;
};

export const useLoadProgressStore = create<LoadProgressState>((set) => ({
  stage: 'fetching',
  loaded: 0,
  total: null,
  report: (stage, loaded = 0, total = null) => set({ stage, loaded, total }),
}));
