// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../selectors/evidence.ts';
import { EvidenceCard } from './evidence-card.tsx';

const read: EvidenceItem = {
  eventId: 'a#e001',
  articleId: 'a',
  outletId: 'kigali-daily',
  outlet: 'Kigali Daily',
  title: 'Talks in Luanda',
  url: 'https://kigali.example.org/talks',
  published: '2025-03-02',
  fiction: false,
  sentence: 'Rwanda and Congo met in Luanda on Saturday.',
  noSentence: null,
  highlights: [],
  type: 'CONSULT',
  modality: 'occurred',
  date: '2025-03-01',
  datePrecision: 'day',
  dateBasis: "'on Saturday', past tense",
  confidence: 0.8,
  actors: ['Rwanda', 'DR Congo'],
  tone: { score: 0, comparative: 0, words: [] },
  loadedTerms: [],
  reuse: [],
  offset: 0,
};

const coded: EvidenceItem = {
  ...read,
  eventId: 'gdelt-e5',
  sentence: '',
  noSentence: { note: 'coded by GDELT, no sentence available', url: 'https://kigali.example.org/talks' },
  dateBasis: 'GDELT SQLDATE',
  tone: { score: -2.5, comparative: -0.025, words: [] },
};

const renderCard = (item: EvidenceItem) =>
  render(<EvidenceCard item={item} outletIds={['kigali-daily']} onOpenArticle={() => {}} onOpenPassage={() => {}} />);

describe('EvidenceCard', () => {
  afterEach(cleanup);

  it('says plainly that an event coded by GDELT has no sentence, and links its article instead of opening it', () => {
    renderCard(coded);
    expect(screen.getByText(/coded by GDELT, no sentence available/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'the article' }).getAttribute('href')).toBe(
      'https://kigali.example.org/talks',
    );
    expect(screen.queryByRole('button', { name: 'Open the article' })).toBeNull();
    expect(screen.getByText('not given by the coder')).toBeTruthy();
    expect(screen.getByText(/-2.5 \(the coder's average tone/)).toBeTruthy();
  });

  it('shows a sentence read from the text as before', () => {
    renderCard(read);
    expect(screen.getByText('Rwanda and Congo met in Luanda on Saturday.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the article' })).toBeTruthy();
    expect(screen.queryByText(/coded by GDELT/)).toBeNull();
  });
});
