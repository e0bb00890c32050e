import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Threats made in words: a named measure threatened, a possible act called a cause of war, pressure kept up
// until the other side yields. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-03-14');

describe('a threatened measure', () => {
  it('codes the sanction a threat names as hypothetical, imposed by the threatening state', () => {
    const events = typed('Macron threatened new tariffs on Brazilian beef if Brasilia kept its export ban.');
    expect(events).toContainEqual(['THREATEN', ['emmanuel-macron'], ['bra'], 'occurred']);
    expect(events).toContainEqual(['SANCTION', ['fra'], ['bra'], 'hypothetical']);
    expect(typed('Canberra threatened to impose sanctions on Myanmar.')).toContainEqual([
      'SANCTION',
      ['aus'],
      ['mmr'],
      'hypothetical',
    ]);
  });

  it('reads "sanctions would follow unless" as a threat of the speaker with the measure hypothetical', () => {
    const events = typed('The EU told Minsk that new sanctions would follow unless it freed the activists.');
    expect(events).toContainEqual(['THREATEN', ['eu'], ['blr'], 'occurred']);
    expect(events).toContainEqual(['SANCTION', ['eu'], ['blr'], 'hypothetical']);
  });

  it('adds no measure to a threat that names none', () => {
    expect(typed('Pyongyang threatened to cut the hotline to Seoul.').map((e) => e[0])).not.toContain('SANCTION');
  });
});

describe('a possible act called a cause of war', () => {
  it('reads "would treat <act> as an act of war" as a THREATEN by the one who says it', () => {
    const events = typed('Ankara would treat any Greek drilling near its coast as an act of war, Erdogan said.');
    expect(events).toContainEqual(['THREATEN', ['tur', 'recep-tayyip-erdogan'], ['grc'], 'occurred']);
    expect(events.map((e) => e[0])).not.toContain('ACCUSE');
  });

  it('reads the passive, and makes the act regarded hypothetical', () => {
    const events = typed('Any Chinese blockade of the island will be treated as an act of war, Taipei said.');
    expect(events).toContainEqual(['THREATEN', ['twn'], ['chn'], 'occurred']);
    expect(events.filter((e) => e[1]?.includes('chn')).map((e) => e[3])).toEqual(['hypothetical']);
  });

  it('keeps an act already done and called an act of aggression an ACCUSE', () => {
    expect(typed('Baku called the shelling of Tartar an act of aggression by Armenia.').map((e) => e[0])).toContain(
      'ACCUSE',
    );
  });
});

describe('pressure kept up until the other side yields', () => {
  it('reads "will keep up the pressure on X until" as a THREATEN made by saying so', () => {
    expect(typed('London will keep up the pressure on Tehran until it frees the detained sailors.')).toContainEqual([
      'THREATEN',
      ['gbr'],
      ['irn'],
      'occurred',
    ]);
  });

  it('gives the threat to the speaker when its subject names no known party', () => {
    expect(
      typed('Mark Rutte, the alliance chief, said the allies would keep raising the pressure until Moscow withdrew.'),
    ).toContainEqual(['THREATEN', ['mark-rutte'], ['rus'], 'occurred']);
  });

  it('takes the named speaker, not the party or title the description after the name gives', () => {
    expect(
      typed(
        "Jens Stoltenberg, NATO's secretary general, said the allies would keep raising the pressure until Moscow withdrew.",
      ),
    ).toContainEqual(['THREATEN', ['jens-stoltenberg'], ['rus'], 'occurred']);
    expect(
      typed(
        "Kaja Kallas, the EU's top diplomat, said the bloc would keep up the pressure until Minsk freed the activists.",
      ),
    ).toContainEqual(['THREATEN', ['kaja-kallas'], ['blr'], 'occurred']);
  });
});
