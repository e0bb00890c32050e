import { describe, expect, it } from 'vitest';
import { eventsOf, projectResources } from '../test-support/resources.ts';
import { tokenize } from '../text/tokens.ts';
import { openingSetting } from './opening-setting.ts';

const eventsIn = (text: string) =>
  eventsOf(text, '2025-05-10').map((e) => `${e.type} ${e.source.join('+')}>${e.target.join('+')} @${e.location ?? ''}`);

describe('openingSetting', () => {
  const settingOf = (text: string) => openingSetting(tokenize(text), projectResources().gazetteer);

  it('finds a seat opening the sentence before a comma, with a day between', () => {
    expect(settingOf('In Khartoum, the army and the RSF agreed to a truce.')).toEqual({
      stateId: 'sdn',
      subjectStart: 4,
    });
    expect(settingOf('In Islamabad on Monday, officials accused India.')).toEqual({ stateId: 'pak', subjectStart: 5 });
  });

  it('is null for a place that is no seat, or a seat that is the subject', () => {
    expect(settingOf('In Geneva, Iran and France held talks.')).toBeNull();
    expect(settingOf('Kyiv accused Moscow of shelling.')).toBeNull();
    expect(settingOf('In Kyiv air raid sirens sounded.')).toBeNull();
  });
});

describe('a sentence opening with a place', () => {
  it('keeps the place as the location, never as an actor, and finds the named parties', () => {
    expect(eventsIn('In Kinshasa, President Tshisekedi accused Rwanda of arming the M23.')).toContain(
      'ACCUSE felix-tshisekedi>rwa @Kinshasa',
    );
    expect(
      eventsIn('In Baku on Friday, the Armenian and Azerbaijani foreign ministers initialled a peace text.'),
    ).toEqual(['AGREE arm+aze> @Baku']);
  });

  it("reads the subject's army or officials as the scene's state's", () => {
    // The truce agreed on is also the RETREAT it declares (agreed-acts.ts).
    expect(eventsIn('In Khartoum, the army and the RSF agreed to a truce.')).toEqual([
      'AGREE sdn-military+rsf> @Khartoum',
      'RETREAT sdn-military+rsf> @Khartoum',
    ]);
    expect(eventsIn('In Islamabad on Monday, officials accused India of backing militants.')).toContain(
      'ACCUSE pak>ind @Islamabad',
    );
    expect(eventsIn('In Beijing, the commerce ministry announced new export controls on the United States.')).toEqual([
      'SANCTION chn>usa @Beijing',
    ]);
  });

  it("reads a bare title right after the scene as the scene's state's holder, not the person named last", () => {
    expect(
      eventsIn('Trump spoke to reporters on Monday. In Kyiv, the president urged allies to send air defences.'),
    ).toContain('REQUEST volodymyr-zelensky> @Kyiv');
    expect(
      eventsIn('Trump spoke to reporters on Monday. In Moscow, the foreign minister accused Kyiv of sabotage.'),
    ).toContain('ACCUSE sergey-lavrov>ukr @Moscow');
  });

  it('leaves a subject that names its own state or two parties alone', () => {
    expect(eventsIn('In Kyiv, Ukrainian officials accused Moscow of shelling a hospital.')).toContain(
      'ACCUSE ukr>rus @Kyiv',
    );
    expect(eventsIn('In Moscow, the leaders agreed to meet again.')).not.toContain('AGREE rus> @Moscow');
  });
});
