// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from './filters-store.ts';
import { flushUrlWrite, useUrlSync } from './use-url-sync.ts';

const original = useFiltersStore.getState();

describe('useUrlSync', () => {
  afterEach(() => {
    cleanup();
    useFiltersStore.setState(original, true);
    window.history.replaceState(null, '', '/');
  });

  it('writes a change once the page is idle, and at once when a link is about to be copied', () => {
    renderHook(() => useUrlSync());
    act(() => useFiltersStore.getState().setTypes(['CONSULT']));
    // Not in the task of the change: the write waits for the paint and an idle moment.
    expect(window.location.search).not.toContain('types=');
    flushUrlWrite();
    expect(window.location.search).toContain('types=CONSULT');
  });

  it('writes by itself after the paint', async () => {
    renderHook(() => useUrlSync());
    act(() => useFiltersStore.getState().setTypes(['AGREE']));
    await new Promise((r) => setTimeout(r, 100));
    expect(window.location.search).toContain('types=AGREE');
  });
});
