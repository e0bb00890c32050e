import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. "Troops are being sent", "the city is being shelled": an act going on as it is
// reported, not one done on the day of the report.
const modalityOf = (text: string, type: string) => eventsOf(text, '2025-07-08').find((e) => e.type === type)?.modality;

describe('the present progressive passive', () => {
  it('is ongoing', () => {
    expect(modalityOf('Rwandan troops are being sent to Mozambique.', 'MOBILIZE')).toBe('ongoing');
    expect(modalityOf('Kharkiv is being shelled by Russian artillery.', 'ASSAULT')).toBe('ongoing');
    expect(modalityOf('Armenian prisoners are still being held by Azerbaijan.', 'ASSAULT')).toBe('ongoing');
  });

  it('is not read into a past progressive or a plain passive', () => {
    expect(modalityOf('Kharkiv was being shelled by Russian artillery on Monday.', 'ASSAULT')).toBe('occurred');
    expect(modalityOf('Kharkiv was shelled by Russian artillery.', 'ASSAULT')).toBe('occurred');
    expect(modalityOf('Rwandan troops were sent to Mozambique.', 'MOBILIZE')).toBe('occurred');
  });
});
