import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// ", killing four officers", ", wounding two soldiers": a participle after a comma shares the main clause's
// subject. When that subject names no actor ("gunmen", "a drone"), the first actor of the clause is the one acted
// on, never the one who kills. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-02-10');

describe('a participle after a main clause whose subject is no actor', () => {
  it('keeps the attack on the object and gives the participle no source', () => {
    const events = typed('Gunmen ambushed a Malian army convoy near the border on Sunday, killing six soldiers.');
    const malian = (ids: string[]) => ids.some((id) => id.startsWith('mli'));
    expect(events.some(([type, source, target]) => type === 'ASSAULT' && source.length === 0 && malian(target))).toBe(
      true,
    );
    expect(events.some(([, source]) => malian(source))).toBe(false);
    const post = typed('Unknown attackers stormed a Nigerien police station on Friday, wounding three officers.');
    expect(post.some(([, source]) => source.some((id) => id.startsWith('ner')))).toBe(false);
  });

  it('still gives the participle a named main subject', () => {
    expect(typed('Sudanese troops shelled an RSF position on Monday, killing dozens of fighters.')).toContainEqual([
      'ASSAULT',
      ['sdn-military'],
      ['rsf'],
      'occurred',
    ]);
  });
});
