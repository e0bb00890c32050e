import { describe, expect, it } from 'vitest';
import { convertAgents } from './convert-agents.ts';
import { eventsOf } from '../../test-support/resources.ts';

describe('convertAgents', () => {
  const converted = convertAgents([
    { code: 'MIL', forms: ['defense forces', 'armored brigade', 'navy'] },
    { code: 'GOV', forms: ['labor ministry'] },
  ] as Parameters<typeof convertAgents>[0]);

  it('adds the British spelling of each form, as news outside the United States writes it', () => {
    expect(converted.sectors.military!.forms).toEqual(
      expect.arrayContaining(['defense forces', 'defence forces', 'armored brigade', 'armoured brigade']),
    );
    expect(converted.sectors.government!.forms).toEqual(expect.arrayContaining(['labour ministry']));
  });

  it('knows air defences as the military', () => {
    expect(converted.sectors.military!.forms).toEqual(
      expect.arrayContaining(['air defence forces', 'air defense forces', 'air defences']),
    );
  });
});

describe("a state's air defences in a sentence", () => {
  it('act for the state as its military', () => {
    const sources = eventsOf("Latvia's air defence forces shot down a drone over Rezekne on Sunday.", '2025-09-08')
      .filter((e) => e.type === 'ASSAULT')
      .map((e) => e.source.join('+'));
    expect(sources).toEqual(['lva-military']);
  });
});

describe("a state's government named with its standing", () => {
  it('acts for the state', () => {
    const sources = (text: string) => eventsOf(text, '2025-04-08').map((e) => `${e.type}:${e.source.join('+')}`);
    expect(sources("Chad's transitional government expelled the envoy of Germany on Friday.")).toContain(
      'SANCTION:tcd',
    );
    expect(sources("Nigeria's federal authorities arrested the rebel leader on Monday.")).toContain('COERCE:nga');
  });
});
