// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../../state/filters.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { TimelineView } from './timeline-view.tsx';

const index = buildBundleIndex(fixtureBundle());

/** The fixture plus `n` one-report clusters on 7 July: enough marks in view for the canvas renderer. */
function crowdedIndex(n: number) {
  const bundle = fixtureBundle();
  const template = bundle.events.find((e) => e.id === 'a2#e1')!;
  const cluster = bundle.clusters.find((c) => c.id === 'c1')!;
  for (let i = 0; i < n; i++) {
    bundle.events.push({ ...template, id: `x${i}`, clusterId: `x${i}` });
    bundle.clusters.push({ ...cluster, id: `x${i}`, eventIds: [`x${i}`], outletIds: ['cgtn'], articleIds: ['a2'] });
  }
  return buildBundleIndex(bundle);
}
const initial = useFiltersStore.getState();

const renderView = (value = index) => renderWithIndex(<TimelineView />, value);

const meeting = () =>
  screen.getByRole('button', {
    name: /^CONSULT: Benjamin Netanyahu, Donald Trump; Mon 7 Jul 2025; occurred; reported by 3 news sources; fiction$/,
  });

beforeEach(() => useFiltersStore.setState({ ...initial, ...EMPTY_FILTERS, selection: null, lanes: 'type' }, true));
afterEach(cleanup);

describe('TimelineView', () => {
  it('opens the evidence for a cluster when its mark is clicked', () => {
    const select = vi.fn();
    useFiltersStore.setState({ select });
    renderView();
    fireEvent.click(meeting());
    expect(select).toHaveBeenCalledWith({ kind: 'cluster', clusterId: 'c1' });
  });

  it('opens the evidence from the keyboard with Enter, and walks the marks with the arrow keys', () => {
    const select = vi.fn();
    useFiltersStore.setState({ select });
    renderView();
    const marks = within(screen.getByRole('group', { name: /Events in view/ })).getAllByRole('button');
    expect(marks.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    act(() => marks[0]!.focus());
    fireEvent.keyDown(marks[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(marks[1]);
    fireEvent.keyDown(meeting(), { key: 'Enter' });
    expect(select).toHaveBeenCalledWith({ kind: 'cluster', clusterId: 'c1' });
  });

  it('shows a tooltip with what the date rests on when a mark gets keyboard focus', () => {
    renderView();
    const undated = screen.getByRole('button', { name: /^REQUEST: .*date unknown/ });
    act(() => undated.focus());
    expect(screen.getByRole('tooltip').textContent).toContain(
      "No date in the text: the article's publication date (Mon 7 Jul 2025) stands in",
    );
  });

  it('switches lanes through the Lanes control', () => {
    const setLanes = vi.fn();
    useFiltersStore.setState({ setLanes });
    renderView();
    const lanes = screen.getByRole('group', { name: 'Lanes' });
    expect(within(lanes).getByRole('button', { name: 'Type' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(lanes).getByRole('button', { name: 'Actor' }));
    expect(setLanes).toHaveBeenCalledWith('actor');
  });

  it('opens on the busy week and says what lies outside it', () => {
    renderView();
    expect(screen.getByText(/^3 Jul 2025 – 11 Jul 2025 · 4 of 5 marks in view$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Show earlier events \(1 before this window\)/ })).toBeTruthy();
  });

  it('opens on the window a link gave (view=), not on the busy week', () => {
    useFiltersStore.setState({ timelineWindow: { from: '2025-07-04', to: '2025-07-09' } });
    renderView();
    expect(screen.getByText(/^4 Jul 2025 – 9 Jul 2025 · \d+ of 5 marks in view$/)).toBeTruthy();
  });

  it('leaves the store without a window until it moves, then writes the days it shows', () => {
    renderView();
    expect(useFiltersStore.getState().timelineWindow).toBeNull();
    act(() => useFiltersStore.getState().setDateRange('2025-07-07', '2025-07-08'));
    const shown = screen.getByText(/ marks in view$/).textContent!;
    const { from, to } = useFiltersStore.getState().timelineWindow!;
    expect(shown.startsWith(`${Number(from.slice(8))} Jul 2025 – ${Number(to.slice(8))} Jul 2025 ·`)).toBe(true);
  });

  it('moves to a window set from elsewhere (Back or Forward)', () => {
    renderView();
    act(() => useFiltersStore.getState().setTimelineWindow({ from: '2025-07-02', to: '2025-07-10' }));
    expect(screen.getByText(/^2 Jul 2025 – 10 Jul 2025 · /)).toBeTruthy();
  });

  it('draws thousands of marks on a canvas and keeps them reachable from the keyboard', () => {
    const noContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null); // jsdom has no 2D context
    const select = vi.fn();
    useFiltersStore.setState({ select });
    renderView(crowdedIndex(1100));
    expect(screen.getByRole('img', { name: /events drawn/ })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Events in view' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(100);
    act(() => buttons[3]!.focus());
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.click(buttons[3]!);
    expect(select).toHaveBeenCalledWith({ kind: 'cluster', clusterId: expect.any(String) });
    noContext.mockRestore();
  });

  it('keeps a focused button of the keyboard list on its event when the filters change', async () => {
    const noContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    // 1,100 clusters over ten days, every other one planned: filtering to "occurred" shifts the list.
    const bundle = fixtureBundle();
    const template = bundle.events.find((e) => e.id === 'a2#e1')!;
    const cluster = bundle.clusters.find((c) => c.id === 'c1')!;
    for (let i = 0; i < 1100; i++) {
      const date = `2025-07-${String(1 + (i % 10)).padStart(2, '0')}`;
      bundle.events.push({
        ...template,
        id: `x${i}`,
        clusterId: `x${i}`,
        date,
        modality: Math.floor(i / 10) % 2 ? 'planned' : 'occurred',
      });
      bundle.clusters.push({
        ...cluster,
        id: `x${i}`,
        date,
        eventIds: [`x${i}`],
        outletIds: ['cgtn'],
        articleIds: ['a2'],
      });
    }
    renderView(buildBundleIndex(bundle));
    const list = screen.getByRole('list', { name: 'Events in view' });
    const focused = within(list).getAllByRole('button')[1]!;
    const name = focused.textContent;
    act(() => focused.focus());
    act(() => useFiltersStore.getState().setModalities(['occurred']));
    await waitFor(() => expect(within(list).getAllByRole('button')[1]!.textContent).not.toBe(name), {
      timeout: 15_000,
    });
    // Focus either stayed on the same event or left with it: never on another event's button.
    const now = document.activeElement as HTMLElement;
    expect(now === document.body || now.textContent === name).toBe(true);
    noContext.mockRestore();
  });

  it('says which filter emptied the view and offers a way back', () => {
    useFiltersStore.setState({ from: '2025-03-01', to: '2025-03-31' });
    renderView();
    expect(screen.getByText('No events between 1 Mar 2025 – 31 Mar 2025 with these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(useFiltersStore.getState()).toMatchObject({ from: null, to: null });
  });
});
