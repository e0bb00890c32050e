// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeEvidence,
  forgetOpener,
  lastInputWasKeyboard,
  rememberOpener,
  trackInputModality,
} from './evidence-focus.ts';
import { useFiltersStore } from '../state/filters-store.ts';

/** A region with a fallback list holding one mark, and an evidence panel with a focusable heading. */
function page() {
  document.body.innerHTML = `
    <section id="timeline" data-focus-return tabindex="-1">
      <ul id="timeline-marks" data-focus-return tabindex="-1"><li><button id="mark">mark</button></li></ul>
    </section>
    <aside id="evidence"><h2 tabindex="-1" id="heading">Evidence</h2></aside>`;
  return { mark: document.getElementById('mark')!, heading: document.getElementById('heading')! };
}

describe('evidence focus', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    stop = trackInputModality(window);
    useFiltersStore.getState().select({ kind: 'cluster', clusterId: 'c1' });
  });
  afterEach(() => {
    stop();
    forgetOpener();
    useFiltersStore.getState().select(null);
  });

  it('knows whether the last input was a key or a pointer press', () => {
    const { mark } = page();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(lastInputWasKeyboard()).toBe(true);
    mark.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(lastInputWasKeyboard()).toBe(false);
  });

  it('closing returns focus from the evidence to the mark that opened it', () => {
    const { mark, heading } = page();
    rememberOpener(mark);
    heading.focus();
    closeEvidence();
    expect(useFiltersStore.getState().selection).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('falls back to the innermost list or region still there when the mark is gone', () => {
    const { mark, heading } = page();
    rememberOpener(mark);
    mark.closest('li')!.remove();
    heading.focus();
    closeEvidence();
    expect(document.activeElement?.id).toBe('timeline-marks');
    rememberOpener(document.getElementById('timeline-marks'));
    document.getElementById('timeline-marks')!.remove();
    closeEvidence();
    expect(document.activeElement?.id).toBe('timeline');
  });

  it('leaves focus alone when it is elsewhere on the page (Escape pressed on another control)', () => {
    const { mark } = page();
    rememberOpener(mark);
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    closeEvidence();
    expect(document.activeElement).toBe(other);
  });
});
