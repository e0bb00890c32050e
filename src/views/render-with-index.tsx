import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { BundleIndexContext } from '../state/dashboard-hooks.ts';
import type { BundleIndex } from '../selectors/bundle-index.ts';
import { fixtureIndex } from '../selectors/test-fixture.ts';

/** For view tests: renders a view under the bundle index the app shell provides (the fixture's unless given). */
export function renderWithIndex(view: ReactElement, index: BundleIndex = fixtureIndex()): RenderResult {
  return render(<BundleIndexContext.Provider value={index}>{view}</BundleIndexContext.Provider>);
}
