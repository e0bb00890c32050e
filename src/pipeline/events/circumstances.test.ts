import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { clauseAround } from '../text/clauses.ts';
import { tokenize } from '../text/tokens.ts';

const events = (text: string) => eventsOf(text, '2025-03-11');

describe('a place or a day between a verb and its particle', () => {
  it('does not hide a commitment to act', () => {
    const agreed = events('The rebels agreed in Kampala on Friday to free the aid workers.').filter(
      (e) => e.type === 'AGREE',
    );
    expect(agreed).toHaveLength(1);
    expect(agreed[0]!.date).toBe('2025-03-07');
  });

  it('is skipped before the day is read as the particle', () => {
    const agreed = events('The rebels agreed on Friday to free the aid workers.').find((e) => e.type === 'AGREE');
    expect(agreed!.trigger.text).toBe('agreed on Friday to');
  });
});

describe('a relative clause set off by commas', () => {
  it('ends at its closing comma', () => {
    const tokens = tokenize('The rebels, which had seized Goma in January, agreed to withdraw.');
    const seized = tokens.findIndex((t) => t.text === 'seized');
    const [, end] = clauseAround(tokens, seized, seized + 1);
    expect(tokens[end]!.text).toBe(',');
  });

  it('keeps the main clause place away from the act it describes', () => {
    const seizure = events(
      'The rebels, which had seized Bunia in January, agreed in Doha on Saturday to withdraw.',
    ).find((e) => e.trigger.text === 'seized');
    expect(seizure?.target ?? []).not.toContain('qat');
    expect(seizure?.location ?? null).not.toBe('Doha');
  });
});
