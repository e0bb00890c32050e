import { create } from 'zustand';
import type { BundleUpdate } from '../model/bundle-update.ts';

/** The last rebuild watch mode announced for this page's bundle, until the user dismisses it. */
type CorpusUpdateState = { update: BundleUpdate | null; show: (u: BundleUpdate) => void; dismiss: () => void };

export const useCorpusUpdateStore = create<CorpusUpdateState>((set) => ({
  update: null,
  show: (update) => set({ update }),
  dismiss: () => set({ update: null }),
}));
