// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { afterNextPaint, useAfterPaint, useIdleValue, usePaintedOnce } from './use-after-paint.ts';

describe('useAfterPaint', () => {
  it('keeps the previous value for the frame being painted, then catches up', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 1 } });
    expect(result.current).toBe(1);
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    await waitFor(() => expect(result.current).toBe(2));
  });

  it('gives the value at once when told not to defer', () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value, false), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    expect(result.current).toBe(2);
  });

  it('skips values superseded before they were shown (a brush drag shows only where it stops)', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useAfterPaint(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: 1 } },
    );
    act(() => {
      rerender({ value: 2 });
      rerender({ value: 3 });
    });
    await waitFor(() => expect(result.current).toBe(3));
    expect(seen).not.toContain(2);
  });
});

describe('usePaintedOnce', () => {
  it('is false for the first render, true once the frame is painted, and stays true', async () => {
    const { result, rerender } = renderHook(() => usePaintedOnce());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    rerender();
    expect(result.current).toBe(true);
  });
});

describe('afterNextPaint', () => {
  it('runs once after the frame, not before, and not at all once cancelled', async () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('kept'));
    const cancel = afterNextPaint(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]);
    await waitFor(() => expect(ran).toEqual(['kept']));
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toEqual(['kept']);
  });
});

describe('useIdleValue', () => {
  it('gives the pending value on the first render, then the value once idle after the paint', async () => {
    const seen: (string | null)[] = [];
    const { result } = renderHook(() => {
      const shown = useIdleValue('bundle 1', null);
      seen.push(shown);
      return shown;
    });
    expect(seen[0]).toBeNull();
    await waitFor(() => expect(result.current).toBe('bundle 1'));
  });

  it('never gives a stale value: pending again until a new value is ready', async () => {
    const { result, rerender } = renderHook(({ value }) => useIdleValue(value, 'pending'), {
      initialProps: { value: 'bundle 1' },
    });
    await waitFor(() => expect(result.current).toBe('bundle 1'));
    rerender({ value: 'bundle 2' });
    expect(result.current).toBe('pending');
    await waitFor(() => expect(result.current).toBe('bundle 2'));
  });
});
