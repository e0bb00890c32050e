import { describe, expect, it } from 'vitest';
import { nonEnglishLanguage } from './detect-language.ts';

// The team's own sentences, repeated to pass the length a guess needs.
const times = (text: string) => Array.from({ length: 6 }, () => text).join(' ');

describe('nonEnglishLanguage', () => {
  it('keeps English news', () => {
    expect(
      nonEnglishLanguage(
        times('The two ministers met in the capital on Monday and said that talks would resume within a week.'),
      ),
    ).toBeNull();
  });

  it.each([
    [
      'German',
      'Die beiden Minister trafen sich am Montag in der Hauptstadt und sagten, dass die Gespräche bald weitergehen.',
    ],
    [
      'Dutch',
      'De twee ministers ontmoetten elkaar maandag in de hoofdstad en zeiden dat het overleg was hervat en snel doorgaat.',
    ],
    [
      'French',
      'Les deux ministres se sont rencontrés lundi dans la capitale et ont déclaré que les pourparlers reprendraient bientôt.',
    ],
    [
      'Spanish',
      'Los dos ministros se reunieron el lunes en la capital y dijeron que las conversaciones se reanudarían pronto.',
    ],
  ])('flags %s', (_, text) => {
    expect(nonEnglishLanguage(times(text))).not.toBeNull();
  });
});
