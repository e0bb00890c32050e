import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. Published Tuesday 8 July 2025.
const PUBLISHED = '2025-07-08';
const read = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

// "the truce between Israel and Hezbollah brokered by France": a participle with its "by" right after a name
// is a reduced relative of the noun phrase the name ends, as after a common noun ("people killed by"); it is
// no finite verb whose subject is the name.
describe('a reduced relative passive right after a name', () => {
  it('makes the "by" phrase the one who acts, not the one acted on', () => {
    expect(read('The truce between Israel and Hezbollah brokered by France held overnight.', 'CONSULT')).toEqual([
      [['fra'], ['isr']],
      [['fra'], ['hezbollah']],
    ]);
    expect(read('The ceasefire between Armenia and Azerbaijan brokered by Russia collapsed.', 'CONSULT')).toEqual([
      [['rus'], ['arm']],
      [['rus'], ['aze']],
    ]);
  });

  it('keeps a mediator among the parties of the talks it mediates, never their target', () => {
    const found = read('Talks between Eritrea and Ethiopia mediated by Saudi Arabia resumed on Monday.', 'CONSULT');
    expect(found.flatMap(([s]) => s)).toContain('sau');
    expect(found.flatMap(([, t]) => t)).not.toContain('sau');
  });

  it('reads the people named before the participle as those acted on', () => {
    expect(read('Two Indian fishermen detained by Sri Lanka were freed on Friday.', 'COERCE')).toEqual([
      [['lka'], ['ind']],
    ]);
  });

  it('leaves a finite verb with an object alone', () => {
    expect(read('Egypt mediated talks between Sudan and South Sudan on Monday.', 'CONSULT')[0]?.[0]).toContain('egy');
  });
});
