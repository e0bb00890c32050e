import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { tokenize } from '../text/tokens.ts';
import { labelActor } from './actor-labels.ts';

/** The label of `name` in `sentence`, with the trigger and other names as fences. */
function label(sentence: string, name: string, fences: string[] = []): string {
  const at = (s: string) => ({ start: sentence.indexOf(s), end: sentence.indexOf(s) + s.length });
  const span = labelActor(tokenize(sentence), at(name), fences.map(at));
  return sentence.slice(span.start, span.end);
}

describe('labelActor', () => {
  it('widens a name left over its descriptors back to a determiner', () => {
    expect(label('Israel struck the terrorist organization Hamas on Monday.', 'Hamas', ['Israel', 'struck'])).toBe('the terrorist organization Hamas');
    expect(label('Qatar hosted the Palestinian militant group Hamas in Doha.', 'Hamas', ['Qatar', 'hosted'])).toBe('the Palestinian militant group Hamas');
  });

  it('keeps titles and possessive descriptors at the start of a sentence', () => {
    expect(label('Israeli Prime Minister Benjamin Netanyahu met Trump.', 'Benjamin Netanyahu', ['met', 'Trump'])).toBe('Israeli Prime Minister Benjamin Netanyahu');
    expect(label('US President Donald Trump hosted Netanyahu.', 'Donald Trump', ['hosted', 'Netanyahu'])).toBe('US President Donald Trump');
    expect(label("Iran's foreign minister Abbas Araghchi rejected the offer.", 'Abbas Araghchi', ['rejected'])).toBe("Iran's foreign minister Abbas Araghchi");
  });

  it('takes a short right appositive up to its comma, but not a long one', () => {
    expect(label('Hamas, the militant group that runs Gaza, rejected the plan.', 'Hamas', ['rejected'])).toBe('Hamas, the militant group that runs Gaza');
    const long = 'Hamas, the militant group that has run the coastal strip since it won elections and a short war in 2007, rejected the plan.';
    expect(label(long, 'Hamas', ['rejected'])).toBe('Hamas');
  });

  it('never swallows the trigger, another actor, or words that describe no one', () => {
    expect(label('Trump met Netanyahu on Monday.', 'Netanyahu', ['Trump', 'met'])).toBe('Netanyahu');
    expect(label('On Monday Netanyahu met Trump.', 'Netanyahu', ['met', 'Trump'])).toBe('Netanyahu');
    expect(label('Egypt, Qatar and Jordan condemned the raid.', 'Qatar', ['Egypt', 'Jordan', 'condemned'])).toBe('Qatar');
  });

  it('is the name itself when there is no descriptor', () => {
    expect(label('Sorrel said the talks would resume.', 'Sorrel', ['said'])).toBe('Sorrel');
  });

  it('labels the actors of extracted events, spans in article coordinates', () => {
    const text = 'Israeli Prime Minister Benjamin Netanyahu met US President Donald Trump at the White House on Monday.';
    const [event] = eventsOf(text);
    expect(event!.actorLabels.map((l) => [l.actorId, l.text])).toEqual([
      ['benjamin-netanyahu', 'Israeli Prime Minister Benjamin Netanyahu'],
      ['donald-trump', 'US President Donald Trump'],
    ]);
    for (const l of event!.actorLabels) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(eventsOf('Hamas, the militant group that runs Gaza, rejected the proposal on Monday.')[0]!.actorLabels[0]!.text).toBe('Hamas, the militant group that runs Gaza');
  });
});
