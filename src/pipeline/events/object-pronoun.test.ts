import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-03-11')
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe('an object pronoun after a directed verb', () => {
  it('is the person named before it, not what the infinitive after it names', () => {
    expect(
      dyads('Erdogan phoned Putin on Sunday and urged him to agree to a ceasefire with Ukraine.', 'REQUEST'),
    ).toEqual([[['recep-tayyip-erdogan'], ['vladimir-putin']]]);
    expect(
      dyads('Meeting Kagame in Doha on Friday, Tshisekedi urged him to pull Rwandan troops out of Goma.', 'REQUEST'),
    ).toEqual([[['felix-tshisekedi'], ['paul-kagame']]]);
  });

  it('is never the subject of its own verb, even when the subject was named last', () => {
    expect(
      dyads('Aliyev spoke with Pashinyan by phone, and Macron later urged him to sign the treaty.', 'REQUEST'),
    ).toEqual([[['emmanuel-macron'], ['nikol-pashinyan']]]);
  });

  it('reads "her" as a possessive, not an object, when a noun follows', () => {
    const targets = eventsOf(
      'Sharif met Modi in Delhi, and Hasina urged her ministers to restore the treaty.',
      '2025-03-11',
    )
      .filter((e) => e.type === 'REQUEST')
      .flatMap((e) => e.target);
    expect(targets).not.toContain('narendra-modi');
  });
});

describe('a verb coordinated after a verb read in reverse', () => {
  it('shares the grammatical subject, which the reverse verb made its target', () => {
    expect(dyads('Sisi hosted Abbas in Cairo and urged him to accept the plan.', 'REQUEST')).toEqual([
      [['abdel-fattah-el-sisi'], ['mahmoud-abbas']],
    ]);
    expect(dyads('Modi received Sheikh Hasina in Delhi and assured her of support.', 'AGREE')).toEqual([
      [['narendra-modi'], ['sheikh-hasina']],
    ]);
  });
});
