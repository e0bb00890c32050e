import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { clauseAround } from '../text/clauses.ts';
import { applyTags, tagText } from '../text/pos-tags.ts';
import { tokenize } from '../text/tokens.ts';
import { findDateExpressions } from './date-expressions.ts';
import { sayingDateExpression } from './pick-date.ts';

// Each row: sentence, publication day, the event's type, expected date and precision. Published Monday
// 7 July 2025 unless stated. The sentences are the team's own.
type Row = [string, string, string, string, string];
const MONDAY = '2025-07-07';

const dateOf = (sentence: string, published: string, type: string) => {
  const event = eventsOf(sentence, published).find((e) => e.type === type);
  expect(event, `no ${type} event in "${sentence}"`).toBeDefined();
  return { date: event!.date, precision: event!.datePrecision };
};

const check = (rows: Row[]) =>
  it.each(rows)('%s (published %s): %s on %s', (sentence, published, type, date, precision) => {
    expect(dateOf(sentence, published, type)).toEqual({ date, precision });
  });

describe('a date after a verb belongs to that verb, not to a nearer trigger further on', () => {
  check([
    // a purpose infinitive after the date does not take it from the verb before it
    ['Macron met Scholz in Berlin on Friday to thank Germany for its support.', MONDAY, 'CONSULT', '2025-07-04', 'day'],
    // a trigger in another clause ("as the dispute grew") does not compete for the main clause's date
    ['Japan banned Chinese seafood on Thursday as the dispute grew.', MONDAY, 'COERCE', '2025-07-03', 'day'],
    // a date right before a verb is that verb's, not the one of a relative clause before it
    ['Trump, who met Putin in Alaska, on Friday imposed tariffs on India.', MONDAY, 'SANCTION', '2025-07-04', 'day'],
    // a meeting noun followed by its date and then the verb it is the subject of
    ['The Putin-Erdogan meeting in Sochi on Friday ended with a grain deal.', MONDAY, 'CONSULT', '2025-07-04', 'day'],
    // an event noun is the subject of the verb the date follows, past an aside between commas
    [
      'Talks between Serbia and Kosovo in Brussels, chaired by the European Union, ended on Friday with a deal on licence plates.',
      MONDAY,
      'CONSULT',
      '2025-07-04',
      'day',
    ],
    [
      'The last round of talks between Armenia and Azerbaijan ended in Almaty on Thursday with a pledge to release prisoners.',
      MONDAY,
      'CONSULT',
      '2025-07-03',
      'day',
    ],
  ]);

  it('counts "the next day" from the day the article named last', () => {
    const text =
      'Ukraine and Russia swapped prisoners on Sunday. Kyiv and Moscow exchanged the bodies of fallen soldiers the next day.';
    const bodies = eventsOf(text, '2025-07-09').find((e) => e.trigger.text.startsWith('exchanged'));
    expect({ date: bodies?.date, precision: bodies?.datePrecision }).toEqual({ date: '2025-07-07', precision: 'day' });
  });

  it('gives an event noun the tense of the verb it is the subject of', () => {
    const sentence =
      "Erdogan's phone call with Putin on Wednesday, their first since 2022, lasted about an hour, his office said.";
    expect(dateOf(sentence, '2025-07-10', 'CONSULT')).toEqual({ date: '2025-07-09', precision: 'day' });
  });

  it('gives the outcome an event ended with its day, not what the outcome aims at', () => {
    const sentence =
      'The second round of talks between Serbia and Kosovo ended in Brussels on Friday with an agreement to meet again.';
    expect(dateOf(sentence, MONDAY, 'AGREE')).toEqual({ date: '2025-07-04', precision: 'day' });
    const meet = eventsOf(sentence, MONDAY).find((e) => e.type === 'CONSULT' && e.trigger.text === 'meet');
    expect(meet?.datePrecision ?? 'unknown').toBe('unknown');
  });

  it('does not give the day of an attempt or a pledge to what it aims at', () => {
    const sentence =
      'The last round of talks between Armenia and Azerbaijan ended in Almaty on Thursday with a pledge to release prisoners.';
    expect(dateOf(sentence, MONDAY, 'RETREAT').precision).toBe('unknown');
  });
});

describe('a date is shared with what its clause governs', () => {
  check([
    // the occasion of the event: "during a visit ... on Wednesday", "at a ceremony hosted by ... on Thursday"
    [
      "Moldova and Romania signed an energy pact during the Romanian president's visit to Chisinau on Wednesday.",
      MONDAY,
      'AGREE',
      '2025-07-02',
      'day',
    ],
    [
      'A border accord was signed by Pashinyan and Aliyev at a ceremony hosted by Erdogan on Thursday.',
      MONDAY,
      'AGREE',
      '2025-07-03',
      'day',
    ],
    // an infinitive after the date: what the rally demanded, what the union agreed to do
    ['Protesters rallied in Tbilisi on Sunday to demand new elections.', MONDAY, 'REQUEST', '2025-07-06', 'day'],
    ['The European Union agreed on Friday to ban imports of Iranian oil.', MONDAY, 'SANCTION', '2025-07-04', 'day'],
    // an infinitive of purpose after a past verb and its object happened then; a planned one still looks ahead
    ['Russia used drones to attack Odesa on Thursday.', '2025-07-11', 'ASSAULT', '2025-07-10', 'day'],
    ['Iran will send its foreign minister to meet Putin on Thursday.', '2025-07-11', 'CONSULT', '2025-07-17', 'day'],
  ]);
});

describe('since, after and before', () => {
  check([
    // the event is the one inside the after-phrase: the phrase's date is its own
    [
      'Erdogan and Aliyev decided after meeting in Ankara on Thursday to open the border.',
      MONDAY,
      'CONSULT',
      '2025-07-03',
      'day',
    ],
    // "before dawn" is a time of day, not a clause
    ['Iranian drones struck Erbil before dawn on Friday.', MONDAY, 'ASSAULT', '2025-07-04', 'day'],
    // "since" heading a date in a perfect or continuing clause dates an ongoing event from its start, in the past
    ['Sudan and the RSF have been negotiating in Jeddah since March.', MONDAY, 'CONSULT', '2025-03-01', 'month'],
    ['Houthi attacks on tankers have continued since October.', MONDAY, 'ASSAULT', '2024-10-01', 'month'],
    ['Britain has sanctioned Russian banks every month since January.', MONDAY, 'SANCTION', '2025-01-01', 'month'],
    // "three days after" relates two events; the later expression is the strikes' own day
    [
      'India and Pakistan agreed a truce on Saturday, three days after the first Indian strikes on Tuesday.',
      MONDAY,
      'ASSAULT',
      '2025-07-01',
      'day',
    ],
    // an event in "two days after ..." with no date of its own is two days before the main clause's day
    [
      'Armenia agreed to a ceasefire on Thursday, two days after Azerbaijani forces attacked Armenian posts.',
      MONDAY,
      'ASSAULT',
      '2025-07-01',
      'day',
    ],
  ]);

  it('keeps a since-date in a relative clause ("a journalist it has held since March") to that clause', () => {
    const sentence = 'Zelensky had urged Putin to free a Ukrainian journalist it has held since March.';
    expect(dateOf(sentence, MONDAY, 'REQUEST').precision).toBe('unknown');
  });

  it('keeps "the first ... since" as a reference point, not the start of the event', () => {
    expect(dateOf('Modi visited Islamabad on Tuesday, the first such visit since 2015.', MONDAY, 'CONSULT')).toEqual({
      date: '2025-07-01',
      precision: 'day',
    });
  });
});

describe('expressions of a night, a weekend, a holiday or an anniversary', () => {
  check([
    // the weekend follows the tense: past looks back to the last one, future ahead; weeks start on Monday
    ['Azerbaijan shelled Armenian positions over the weekend.', MONDAY, 'ASSAULT', '2025-06-30', 'week'],
    ['Macron will meet Starmer at the weekend.', MONDAY, 'CONSULT', '2025-07-07', 'week'],
    ['Azerbaijan shelled Armenian positions over the weekend.', '2025-07-06', 'ASSAULT', '2025-06-30', 'week'],
    ['Araghchi will travel to Beijing before the weekend.', '2025-07-09', 'CONSULT', '2025-07-07', 'week'],
    // overnight: the night into the publication day, or into the day it names
    ['Russia attacked Odesa overnight.', MONDAY, 'ASSAULT', MONDAY, 'day'],
    ['Russian forces are shelling Kherson overnight.', MONDAY, 'ASSAULT', MONDAY, 'day'],
    ['Russian drones struck Kharkiv overnight into Tuesday.', '2025-07-09', 'ASSAULT', '2025-07-08', 'day'],
    // fixed holidays resolve like a month and day without a year
    ['Russia struck Kyiv on Christmas Day.', '2025-12-27', 'ASSAULT', '2025-12-25', 'day'],
    ["Ukraine halted the transit of Russian gas on New Year's Day.", '2025-01-02', 'SANCTION', '2025-01-01', 'day'],
    // the night before, a morning, a month's middle or end
    ['Russia attacked Odesa last night.', '2025-07-09', 'ASSAULT', '2025-07-08', 'day'],
    ['Macron visited Kyiv this past weekend.', '2025-07-09', 'CONSULT', '2025-06-30', 'week'],
    ['Armenia closed the border in mid-March.', MONDAY, 'COERCE', '2025-03-01', 'month'],
    ['Armenia closed the border at the end of March.', MONDAY, 'COERCE', '2025-03-01', 'month'],
    // a day counted from the sentence's own day, or from the day the article named last
    ['Iran and Oman met on Tuesday and signed a trade pact a day later.', '2025-07-09', 'AGREE', '2025-07-09', 'day'],
    [
      'Ukraine and Russia swapped prisoners on Sunday. Kyiv and Moscow exchanged the bodies of fallen soldiers the next day.',
      '2025-07-09',
      'RETREAT',
      '2025-07-06',
      'day',
    ],
    // an anniversary of something whose date the text does not give: the report's day, as leads use it
    ['On the tenth anniversary of the accord, Iran expelled two French diplomats.', MONDAY, 'SANCTION', MONDAY, 'day'],
  ]);
});

describe('a verb of saying dates what is said, not what is reported', () => {
  it('leaves a reported act undated by the day of the report', () => {
    const sentence = 'On Friday, the Ukrainian army said its troops shelled Russian positions near Bakhmut.';
    expect(dateOf(sentence, '2025-07-09', 'ASSAULT').precision).toBe('unknown');
  });
  check([
    // a state that holds when it is said takes the day of saying, in the past whatever its own tense
    ['Pakistan said on Monday that talks with India are progressing.', '2025-07-09', 'CONSULT', MONDAY, 'day'],
    ['Iran said on Monday that it rejected the American proposal.', '2025-07-09', 'REJECT', MONDAY, 'day'],
    [
      'Norway promised to fund new air defences for Ukraine, its prime minister said on Friday.',
      MONDAY,
      'AGREE',
      '2025-07-04',
      'day',
    ],
    // an acceptance its own party announces is made when said, also after a fronted participle of speaking
    [
      'Speaking in Doha on Friday after a day of talks, the Sudanese army said it accepted a Qatari truce proposal.',
      MONDAY,
      'AGREE',
      '2025-07-04',
      'day',
    ],
  ]);
});

describe("a date inside a relative clause set off by commas is that clause verb's, not the main clause's", () => {
  check([
    // the aside's date is nearer but dates the aside's state; the main verb keeps its own day
    [
      'Pashinyan, who leads the ruling party this year, met Aliyev in Abu Dhabi on Thursday.',
      MONDAY,
      'CONSULT',
      '2025-07-03',
      'day',
    ],
    [
      'Ruto, who chairs the East African bloc this year, hosted Tshisekedi and Kagame on Saturday.',
      MONDAY,
      'CONSULT',
      '2025-07-05',
      'day',
    ],
    [
      'Burhan, whose army retook Khartoum in March, met the Saudi crown prince on Friday.',
      MONDAY,
      'CONSULT',
      '2025-07-04',
      'day',
    ],
    // the event inside the aside still takes its own date
    [
      'Burhan, whose army retook Khartoum in March, met the Saudi crown prince on Friday.',
      MONDAY,
      'ASSAULT',
      '2025-03-01',
      'month',
    ],
  ]);

  it('leaves a main-clause event undated past a present aside, and dates it by a past aside as a last resort', () => {
    const sanction = eventsOf(
      'Trump, who faces midterm elections this year, imposed new tariffs on India.',
      MONDAY,
    ).find((e) => e.type === 'SANCTION');
    expect(sanction?.datePrecision).toBe('unknown');
    // the aside tells of the occasion the accusation was made at
    expect(
      dateOf('Kagame, who was in Washington on Friday, accused Kinshasa of arming the FDLR.', MONDAY, 'ACCUSE'),
    ).toEqual({ date: '2025-07-04', precision: 'day' });
  });
});

describe('sayingDateExpression: the day of the saying that frames a clause', () => {
  const saying = (text: string, word: string) => {
    const tokens = tokenize(text);
    applyTags(tokens, tagText(text));
    const at = tokens.findIndex((t) => t.lower === word);
    const found = sayingDateExpression(findDateExpressions(text), tokens, clauseAround(tokens, at, at + 1));
    return found && { text: found.text, tense: found.meaning.tense };
  };

  it('finds the date of a verb of saying or pledging before the clause, or of a trailing one', () => {
    expect(saying('Macron pledged on Monday that France would send more shells.', 'send')).toEqual({
      text: 'on Monday',
      tense: 'past',
    });
    expect(saying('Iran said on Tuesday it would resume inspections.', 'resume')).toEqual({
      text: 'on Tuesday',
      tense: 'past',
    });
    expect(saying('Seoul will send aid to Kyiv, the foreign minister said on Friday.', 'send')).toEqual({
      text: 'on Friday',
      tense: 'past',
    });
  });

  it('gives nothing when no verb of saying frames the clause', () => {
    expect(saying('Britain will send tanks to Ukraine next month.', 'send')).toBeNull();
  });
});
