import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const cases: [string, string][] = [
  ['Trump met Netanyahu on Monday.', 'occurred'],
  ['Trump has met Netanyahu twice.', 'occurred'],
  ['Trump hosted Netanyahu at the White House.', 'occurred'],
  ['Netanyahu was hosted by Trump at the White House.', 'occurred'],
  ['Trump is pressing Netanyahu to accept the deal.', 'ongoing'],
  ['Trump continues to press Netanyahu.', 'ongoing'],
  ['Negotiations between Israel and Hamas are ongoing.', 'ongoing'],
  ['Netanyahu is set to meet Trump on Tuesday.', 'planned'],
  ['Netanyahu is expected to meet Trump on Tuesday.', 'planned'],
  ['Netanyahu is scheduled to meet Trump on Tuesday.', 'planned'],
  ['Netanyahu will meet Trump on Tuesday.', 'planned'],
  ['Netanyahu plans to visit Cairo next week.', 'planned'],
  ['The US administration announced it would lift sanctions on Syria.', 'planned'],
  ['Hamas is to free 33 hostages.', 'planned'],
  ['A deal could see Hamas release hostages.', 'hypothetical'],
  ['Trump hopes to reach an agreement with Netanyahu.', 'hypothetical'],
  ['Netanyahu may meet Trump later.', 'hypothetical'],
  ['If talks succeed, Washington would lift sanctions on Syria.', 'hypothetical'],
  ['Qatar is trying to mediate between Israel and Hamas.', 'hypothetical'],
  ['Israel is not sending a delegation to Cairo.', 'denied'],
  ['Netanyahu did not meet Trump.', 'denied'],
  ["Netanyahu didn't meet Trump on Monday.", 'denied'],
  ['Egypt never recognised Hamas.', 'denied'],
  ['Netanyahu does not intend to visit Washington.', 'denied'],
];

describe('modality from tense, modals, negation and cue phrases', () => {
  it.each(cases)('%s -> %s', (sentence, modality) => {
    const events = eventsOf(sentence, '2025-07-07');
    expect(events.length, 'an event is found').toBeGreaterThan(0);
    expect(events[0]!.modality).toBe(modality);
  });

  it('records the cue that decided the modality', () => {
    expect(eventsOf('Netanyahu is set to meet Trump on Tuesday.')[0]!.modalityCue).toBe('set to');
  });
});

describe('modality of an act someone denies or makes conditional', () => {
  const published = '2025-07-08';
  const typed = (text: string, type: string) => eventsOf(text, published).filter((e) => e.type === type);

  it.each([
    ['Eritrea denied arming the TPLF.', 'AID'],
    ['Eritrea has denied supplying weapons to the TPLF.', 'AID'],
    ['Serbia denied attacking Kosovo police in Banjska.', 'ASSAULT'],
    ['Venezuela denied any role in the attack on Guyanese soldiers.', 'ASSAULT'],
    ['Venezuela denies involvement in the attack on Guyanese soldiers.', 'ASSAULT'],
  ])('a denial before an -ing verb or a noun of an act denies it: %s', (text, type) => {
    const events = typed(text, type);
    expect(events.length, 'the act is found').toBeGreaterThan(0);
    expect(events.every((e) => e.modality === 'denied')).toBe(true);
  });

  it('keeps an act that follows a denial in another clause as it is', () => {
    const text = 'Serbia denied the report, and its troops attacked Kosovo police on Monday.';
    expect(typed(text, 'ASSAULT').map((e) => e.modality)).toEqual(['occurred']);
  });

  it.each([
    [
      "Armenia's defence ministry denied that its units had opened fire and called the Azerbaijani claim a provocation.",
      'ASSAULT',
      'ACCUSE',
    ],
    [
      'Rwanda denied that its troops were fighting in North Kivu and accused Kinshasa of arming the FDLR.',
      'ASSAULT',
      'ACCUSE',
    ],
    [
      'Khartoum denied that its air force had bombed the market and blamed the RSF for the deaths.',
      'ASSAULT',
      'ACCUSE',
    ],
    ['Baku denied that its troops had shelled the village and rejected the Armenian account.', 'ASSAULT', 'REJECT'],
    ['Kigali denied that its soldiers had crossed into Congo and denounced the UN report.', 'ASSAULT', 'ACCUSE'],
  ])('keeps the denier\'s own next act after "and" out of what is denied: %s', (text, deniedType, ownType) => {
    expect(typed(text, deniedType).map((e) => e.modality)).toContain('denied');
    expect(typed(text, ownType).map((e) => e.modality)).toEqual(['occurred']);
  });

  it('keeps a second act joined inside the denied clause denied', () => {
    const text = 'India denied that its jets had struck civilian areas and shelled a mosque.';
    expect(typed(text, 'ASSAULT').every((e) => e.modality === 'denied')).toBe(true);
  });

  it('reads "prepared to" as readiness: the act has not happened', () => {
    expect(typed('Serbia said it was prepared to impose a blockade on Kosovo.', 'COERCE')[0]!.modality).toBe(
      'hypothetical',
    );
  });

  it('reads "will not ... unless" as hypothetical: the act happens if the condition is met', () => {
    const text = 'Serbia said it would not withdraw troops from the border unless Kosovo pulled back its police.';
    expect(typed(text, 'RETREAT').find((e) => e.source.includes('srb'))!.modality).toBe('hypothetical');
  });
});

describe('planned acts made conditional, put off or called off, and acts that go on', () => {
  const published = '2025-07-08';
  const typed = (text: string, type: string) => eventsOf(text, published).filter((e) => e.type === type);

  it('reads a reported "would" with "only if" after the act as hypothetical', () => {
    const text = 'The Houthis said they would join talks with Riyadh only if the Saudis lifted the blockade.';
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['hypothetical']);
  });

  it('reads a promise with an -ing verb as planned, and as hypothetical on a condition', () => {
    const planned = 'Ankara committed to withdrawing its troops from northern Iraq within a year.';
    const conditional = 'Ankara committed to withdrawing its troops from northern Iraq if the PKK disarmed.';
    expect(typed(planned, 'RETREAT').map((e) => e.modality)).toEqual(['planned']);
    expect(typed(conditional, 'RETREAT').find((e) => e.source.includes('tur'))!.modality).toBe('hypothetical');
  });

  it.each([
    [
      'Amir Khan Muttaqi left Kabul on Friday to lead the Taliban side in talks with American officials in Doha.',
      'usa',
    ],
    ['Sybiha left Kyiv on Monday to take part in talks with Turkish officials in Ankara.', 'tur'],
    ['Mirzoyan left Yerevan on Sunday to lead the Armenian side in talks with Azerbaijan.', 'aze'],
  ])('reads talks a few words after "left ... to lead / to take part in" as still ahead: %s', (text, party) => {
    const talks = typed(text, 'CONSULT').filter((e) => [...e.source, ...e.target].includes(party));
    expect(talks.length, 'the talks are found').toBeGreaterThan(0);
    expect(talks.map((e) => e.modality)).toEqual(talks.map(() => 'planned'));
  });

  it('keeps "even if" from making a planned act conditional', () => {
    const text = 'Iran will resume talks with the IAEA even if sanctions stay.';
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['planned']);
  });

  it('keeps a condition of another report from reaching the act', () => {
    const text = 'Chile will send aid to Bolivia on Friday, and Peru said it would help if asked.';
    expect(typed(text, 'AID').find((e) => e.source.includes('chl'))!.modality).toBe('planned');
  });

  it('reads talks put off with no new date as not taking place', () => {
    const text = 'The talks between Serbia and Kosovo were postponed again.';
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['denied']);
  });

  it('reads talks put off to a new date as still planned', () => {
    const text = 'The talks between Serbia and Kosovo were postponed until next week.';
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['planned']);
  });

  it.each([
    'The meeting between Ruto and Museveni has been rescheduled for Friday.',
    'The summit between Modi and Sharif was postponed for next month.',
  ])('reads a meeting moved "for" a new date as still planned: %s', (text) => {
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['planned']);
  });

  it('reads a meeting put off "for" a reason as not taking place', () => {
    const text = 'The talks between Serbia and Kosovo were postponed for logistical reasons.';
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['denied']);
  });

  it('reads a meeting that "did not take place" as denied', () => {
    const text = 'A meeting between Ruto and Museveni did not take place.';
    expect(typed(text, 'CONSULT').map((e) => e.modality)).toEqual(['denied']);
  });

  it('reads fighting that "continues" as ongoing', () => {
    expect(typed('Fighting between the Sudanese army and the RSF continues in Darfur.', 'ASSAULT')[0]!.modality).toBe(
      'ongoing',
    );
  });
});

describe('tense of a noun trigger the lexicon also knows as a verb', () => {
  const published = '2025-07-08';
  const typed = (text: string, type: string) => eventsOf(text, published).filter((e) => e.type === type);

  it.each([
    ['European Union sanctions on Belarus were extended on Friday.', 'SANCTION'],
    ['The new US sanctions on Chinese drone makers were announced on Tuesday.', 'SANCTION'],
    ['A Pakistani strike on Indian positions hit a village near Kotli on Friday.', 'ASSAULT'],
    ["Kagame's visit to Kinshasa on Monday, his first since 2019, lasted two hours.", 'CONSULT'],
    ["Putin's meeting with Aliyev in Dushanbe, their first since 2024, lasted three hours.", 'CONSULT'],
  ])('reads it by the verb next to it, not as a present-tense verb: %s', (text, type) => {
    const events = typed(text, type);
    expect(events.length, 'the event is found').toBeGreaterThan(0);
    expect(events.map((e) => e.modality)).toContain('occurred');
    expect(events.map((e) => e.modality)).not.toContain('ongoing');
  });

  it('keeps a verb after a name with its object as a verb ("Russia strikes Kyiv")', () => {
    expect(typed('Russia strikes Kyiv with drones.', 'ASSAULT')[0]!.modality).toBe('ongoing');
  });
});
