import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_PRECISIONS, MODALITIES, PLOVER_TYPES } from '../../model/bundle-schema.ts';
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

  it('takes a one-word name for a surname only when the actor is a person', () => {
    // A place or state whose name ends in a state's name is not that state: a port, a new state, the other Korea.
    expect(nameMatches('Port Sudan', ['Sudan'], false)).toBe(false);
    expect(nameMatches('South Sudan', ['Sudan'], false)).toBe(false);
    expect(nameMatches('North Korea', ['Korea'], false)).toBe(false);
    expect(nameMatches('Sudan', ['Sudan', 'Republic of the Sudan'], false)).toBe(true);
    expect(nameMatches('Abiy Ahmed', ['Ahmed'], true)).toBe(true);
  });

  it('does not let a forbidden place match a state named by a one-word name', () => {
    const portCase: ConstructionCase = { ...meeting, expected: [], forbidden: [{ source: ['Port Guinea'] }] };
    const state = Object.assign(['Guinea'], { person: false });
    const hit = judgeCase(portCase, [mention({ type: 'SANCTION', source: [state], target: [['Mali']] })]);
    expect(hit.forbiddenHits).toEqual([]);
  });
});

describe('intervalOf', () => {
  it('covers a week from its first day and a whole month', () => {
    expect(intervalOf('2025-05-05', 'week')[1]! - intervalOf('2025-05-05', 'week')[0]!).toBe(6);
    expect(intervalOf('2025-02-10', 'month')).toEqual([day('2025-02-01')[0], day('2025-02-28')[0]]);
  });
});

describe('data/eval/construction-cases.jsonl', () => {
  const cases = readFileSync(resolve(import.meta.dirname, '../../../data/eval/construction-cases.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ConstructionCase);

  it('has unique ids and at least 330 cases over all 16 types and 10 conflicts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(330);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.flatMap((c) => c.expected.map((e) => e.type)))).toEqual(new Set(PLOVER_TYPES));
    expect(new Set(cases.map((c) => c.conflict)).size).toBeGreaterThanOrEqual(10);
  });

  it('gives every expected event a known type, modality and precision, and a date that fits its precision', () => {
    for (const c of cases) {
      expect(c.published, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.text.trim().length, c.id).toBeGreaterThan(0);
      for (const e of c.expected) {
        expect(PLOVER_TYPES, c.id).toContain(e.type);
        expect(MODALITIES, c.id).toContain(e.modality);
        expect(DATE_PRECISIONS, c.id).toContain(e.precision);
        expect(e.date === null, c.id).toBe(e.precision === 'unknown');
        if (e.date !== null) expect(intervalOf(e.date, e.precision)[0], c.id).not.toBeNull();
        if (e.precision === 'month') expect(e.date?.slice(8), c.id).toBe('01');
      }
      for (const f of c.forbidden ?? []) expect(f.type === undefined || PLOVER_TYPES.includes(f.type), c.id).toBe(true);
    }
  });
});
