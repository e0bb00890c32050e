// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useElementSize } from './use-element-size.ts';

/** A detached element whose layout reports this content size (jsdom lays nothing out). */
function elementOfSize(width: number, height: number): HTMLElement {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: width });
  Object.defineProperty(el, 'clientHeight', { value: height });
  return el;
}

describe('useElementSize', () => {
  it('gives the fallback, unmeasured, while there is no element', () => {
    const { result } = renderHook(() => useElementSize(null, { width: 960, height: 400 }));
    expect(result.current).toEqual({ width: 960, height: 400, measured: false });
  });

  it("gives the element's size, measured, before the caller's first paint", () => {
    const el = elementOfSize(1706.6, 380);
    const { result } = renderHook(() => useElementSize(el, { width: 960, height: 400 }));
    expect(result.current).toEqual({ width: 1706, height: 380, measured: true });
  });

  it('keeps the fallback but says it measured when the element has no size (no layout, a hidden tab)', () => {
    const el = elementOfSize(0, 0);
    const { result } = renderHook(() => useElementSize(el, { width: 640, height: 300 }));
    expect(result.current).toEqual({ width: 640, height: 300, measured: true });
  });

  it('measures an element given later', () => {
    const { result, rerender } = renderHook(({ el }) => useElementSize(el, { width: 600, height: 200 }), {
      initialProps: { el: null as HTMLElement | null },
    });
    expect(result.current.measured).toBe(false);
    rerender({ el: elementOfSize(820, 0) });
    expect(result.current).toEqual({ width: 820, height: 200, measured: true });
  });
});
