import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const modalities = (text: string, type: string) =>
  eventsOf(text, '2024-02-14')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('an act a party is ordered or instructed to do', () => {
  it('is planned, not only hoped for', () => {
    expect(modalities('Nairobi ordered the army to deploy troops to the northern border.', 'MOBILIZE')).toEqual([
      'planned',
    ]);
    expect(
      modalities('Kinshasa instructed its forces to withdraw from the contested villages near Goma.', 'RETREAT'),
    ).toEqual(['planned']);
  });
});
