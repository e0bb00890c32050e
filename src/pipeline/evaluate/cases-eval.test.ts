import { describe, expect, it } from 'vitest';
import {
  intervalOf,
  judgeCase,
  type ConstructionCase,
  type Mention,
  nameMatches,
  summariseCases,
} from './cases-eval.ts';

const meeting: ConstructionCase = {
  id: 't1',
  construction: 'coordination',
  conflict: 'armenia-azerbaijan',
  text: 'Pashinyan and Aliyev met in Abu Dhabi on Thursday.',
  published: '2025-07-12',
  expected: [
    {
      type: 'CONSULT',
      source: ['Nikol Pashinyan'],
      target: ['Ilham Aliyev'],
      date: '2025-07-10',
      precision: 'day',
      modality: 'occurred',
    },
  ],
  forbidden: [{ source: ['Abu Dhabi'] }],
};

const day = (iso: string) => intervalOf(iso, 'day');

function mention(over: Partial<Mention>): Mention {
  const [from, to] = day('2025-07-10');
  return {
    type: 'CONSULT',
    source: [['Ilham Aliyev', 'Aliyev']],
    target: [['Nikol Pashinyan']],
    from,
    to,
    modality: 'occurred',
    label: 'test',
    ...over,
  };
}

describe('judgeCase', () => {
  it('scores a perfect extraction 1, with the sides of a mutual type swapped', () => {
    const s = summariseCases([judgeCase(meeting, [mention({})])]);
    expect(s.caseScore).toBe(1);
    expect(s.overall).toMatchObject({ n: 1, type: 1, actors: 1, date: 1, modality: 1, full: 1 });
    expect(s.forbidden).toBe(0);
  });

  it('scores a wrong type 0 in every part', () => {
    const s = summariseCases([judgeCase(meeting, [mention({ type: 'SUPPORT' })])]);
    expect(s.caseScore).toBe(0);
    expect(s.overall).toMatchObject({ type: 0, actors: 0, date: 0, modality: 0, full: 0 });
  });

  it('counts a date and a modality apart, and a place made an actor as forbidden', () => {
    const [from, to] = intervalOf('2025-07-01', 'month');
    const o = judgeCase(meeting, [mention({ from, to, modality: 'planned', target: [['Abu Dhabi']] })]);
    expect(o.expected[0]).toMatchObject({ type: true, actors: false, date: false, modality: false, full: false });
    expect(o.forbiddenHits).toHaveLength(1);
  });

  it('keeps source and target apart for directed types', () => {
    const accuse: ConstructionCase = {
      ...meeting,
      expected: [
        {
          type: 'ACCUSE',
          source: ['India'],
          target: ['Pakistan'],
          date: null,
          precision: 'unknown',
          modality: 'occurred',
        },
      ],
    };
    const swapped = mention({ type: 'ACCUSE', source: [['Pakistan']], target: [['India']] });
    expect(judgeCase(accuse, [swapped]).expected[0]).toMatchObject({
      type: true,
      actors: false,
      date: true,
      full: false,
    });
  });
});

describe('nameMatches', () => {
  it('matches word for word, a surname, and not a state for its military', () => {
    expect(nameMatches('Ilham Aliyev', ['President Ilham Aliyev'])).toBe(true);
    expect(nameMatches('Ilham Aliyev', ['Aliyev'])).toBe(true);
    expect(nameMatches('Pakistani military', ['Pakistan'])).toBe(false);
    expect(nameMatches('Pakistan', ['Pakistani military'])).toBe(false);
  });
});

describe('intervalOf', () => {
  it('covers a week from its first day and a whole month', () => {
    expect(intervalOf('2025-05-05', 'week')[1]! - intervalOf('2025-05-05', 'week')[0]!).toBe(6);
    expect(intervalOf('2025-02-10', 'month')).toEqual([day('2025-02-01')[0], day('2025-02-28')[0]]);
  });
});
