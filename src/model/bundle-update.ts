/** The dev server's event name when watch mode has rewritten a bundle (`npm run dev`). */
export const BUNDLE_UPDATE_EVENT = 'parley:bundle-updated';

/** An article as the update notice names it. */
export type UpdatedArticle = { id: string; title: string | null; outlet: string };

/** What a rebuild changed, sent from the dev server to the open dashboard. */
export type BundleUpdate = {
  /** The bundle's address as the app fetches it ("/data/bundle.json"). */
  bundleUrl: string;
  /** When the rebuild finished (ISO date-time). */
  at: string;
  added: UpdatedArticle[];
  changed: UpdatedArticle[];
  removed: string[];
  /** Files skipped and warnings about the files that changed, each with its reason. */
  problems: string[];
  articles: number;
  events: number;
  /** The rebuild failed: the previous bundle stays, and this says why. */
  error?: string;
};
