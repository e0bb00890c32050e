import { useFiltersStore } from '../state/filters-store.ts';

/**
 * Keyboard focus around the evidence panel. A keyboard user who opens evidence (Enter on a mark, an edge, a
 * cell) is taken into the panel; closing it (Escape, "Close evidence") takes them back to what opened it, or,
 * if that is gone (the mark left the view), to the list or region it was in. Pointer users keep their focus.
 */

/** The element the evidence panel carries: its id, so skip links and focus moves can reach it. */
export const EVIDENCE_ID = 'evidence';

let lastInput: 'keyboard' | 'pointer' | null = null;
let opener: Element | null = null;
/** Ids of the opener's enclosing `data-focus-return` elements, innermost first. */
let fallbacks: string[] = [];

/** Follows whether the last input was a key or a pointer press; returns the clean-up. */
export function trackInputModality(target: Window): () => void {
  const onKey = () => (lastInput = 'keyboard');
  const onPointer = () => (lastInput = 'pointer');
  target.addEventListener('keydown', onKey, true);
  target.addEventListener('pointerdown', onPointer, true);
  return () => {
    target.removeEventListener('keydown', onKey, true);
    target.removeEventListener('pointerdown', onPointer, true);
  };
}

/** Whether the latest input was a key press (then opening evidence moves focus into it). */
export function lastInputWasKeyboard(): boolean {
  return lastInput === 'keyboard';
}

/** Remembers what opened the evidence and the lists or regions around it (marked `data-focus-return`, with an id). */
export function rememberOpener(el: Element | null): void {
  opener = el;
  fallbacks = [];
  for (
    let at = el?.parentElement?.closest('[data-focus-return]') ?? null;
    at;
    at = at.parentElement?.closest('[data-focus-return]') ?? null
  ) {
    if (at.id) fallbacks.push(at.id);
  }
  if (el?.hasAttribute('data-focus-return') && el.id) fallbacks.unshift(el.id);
}

/** Forgets the opener (evidence opened by pointer, or from the URL). */
export function forgetOpener(): void {
  rememberOpener(null);
}

/**
 * Clears the selection. If focus was in the evidence (or nowhere), it first goes back to the opener, or
 * the innermost of its lists and regions still on the page; focus elsewhere (Escape pressed on another
 * control) stays where it is.
 */
export function closeEvidence(): void {
  const active = document.activeElement;
  const inEvidence = !active || active === document.body || document.getElementById(EVIDENCE_ID)?.contains(active);
  if (inEvidence) focusReturnTarget();
  forgetOpener();
  useFiltersStore.getState().select(null);
}

function focusReturnTarget(): void {
  if (opener?.isConnected && opener instanceof HTMLElement) return opener.focus();
  if (opener?.isConnected && opener instanceof SVGElement) return opener.focus();
  for (const id of fallbacks) {
    const el = document.getElementById(id);
    if (el) return el.focus();
  }
}
