import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A named town or region taken by force is territory taken in fighting (ASSAULT); a ship, cargo or people
// seized stay a seizure (COERCE). The sentences are the team's own.
const typesOf = (sentence: string) => eventsOf(sentence, '2025-06-12').map((e) => e.type);

describe('taking a named place is ASSAULT', () => {
  it.each([
    'The M23 seized Uvira on Wednesday after government troops fled.',
    'Goma was captured by the M23 in January.',
    'Russian forces captured Avdiivka in February after months of fighting.',
    'The Taliban captured Kandahar on Thursday.',
    'Kunduz had been overrun by the Taliban within hours.',
    'The RSF seized Nyala in October 2023.',
  ])('%s', (sentence) => {
    const types = typesOf(sentence);
    expect(types).toContain('ASSAULT');
    expect(types).not.toContain('COERCE');
  });
});

describe('seizing a ship or cargo stays COERCE', () => {
  it.each([
    'Iranian commandos seized a British tanker in the Strait of Hormuz.',
    'The US Coast Guard seized a tanker loaded with Venezuelan crude.',
    'The Houthis seized a cargo ship in the Red Sea.',
  ])('%s', (sentence) => {
    const types = typesOf(sentence);
    expect(types).toContain('COERCE');
    expect(types).not.toContain('ASSAULT');
  });
});
