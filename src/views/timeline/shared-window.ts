import { dayNumber, isoOfDay } from '../../selectors/bundle-index.ts';
import type { TimelineWindow } from '../../state/view-settings.ts';
import type { DayRange } from './timeline-scales.ts';

/** The days a detail window shows, rounded inwards exactly as formatWindow rounds them, so a link names what the header says. */
export function windowOfDomain(domain: DayRange): TimelineWindow {
  return { from: isoOfDay(Math.ceil(domain[0])), to: isoOfDay(Math.floor(domain[1])) };
}

/** The detail window that shows a link's days: their whole columns (day d spans d ± 0.5). */
export function domainOfWindow(window: TimelineWindow): DayRange {
  return [dayNumber(window.from) - 0.5, dayNumber(window.to) + 0.5];
}
