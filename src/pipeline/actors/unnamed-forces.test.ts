import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// News names a state's forces once with their demonym and then as "security forces", "troops" or "the soldiers":
// they are the forces of the one state whose forces the article named.
describe('forces named without their state', () => {
  it('are the forces of the one state whose forces the article named before', () => {
    expect(
      dyadLine(
        'Iranian security forces surrounded the university on Monday. Security forces arrested dozens of students in Tabriz.',
        'COERCE',
      ),
    ).toMatch(/^irn-military>/);
    expect(
      dyadLine(
        'Ethiopian troops crossed into Somalia on Sunday. The soldiers clashed with al-Shabaab near Baidoa.',
        'ASSAULT',
      )
        .split(' ')
        .at(-1),
    ).toBe('eth-military>al-shabaab');
  });

  it('are that state\'s forces as a passive\'s agent and after "with"', () => {
    expect(
      dyadLine(
        'Kenyan police blocked roads into Nairobi on Tuesday. Three protesters were shot dead by security forces.',
        'ASSAULT',
      ),
    ).toMatch(/^ken-(police|military)>/);
    expect(
      dyadLine(
        'Malian soldiers patrolled the north on Monday. JNIM fighters clashed with troops near Gao on Tuesday.',
        'ASSAULT',
      ),
    ).toBe('jnim>mli-military');
  });

  it("stay no one's when the article named the forces of two states, or none", () => {
    expect(
      dyadLine(
        'Thai and Cambodian troops exchanged fire on Thursday. Soldiers fired rockets near the temple on Friday.',
        'ASSAULT',
      ),
    ).toBe('tha-military+khm-military>');
    expect(dyadLine('Security forces fired tear gas at students on Monday.', 'ASSAULT')).not.toMatch(/military/);
  });

  it("stay no one's where the sentence names a party of another state", () => {
    expect(
      dyadLine(
        'Indian troops shelled border posts on Monday. Soldiers shelled Indian posts in return, Pakistan said.',
        'ASSAULT',
      ),
    ).not.toMatch(/ind-military>ind/);
    expect(
      dyadLine(
        'Azerbaijani troops advanced on Monday. Soldiers ambushed them near Sotk, the Armenian defence ministry said.',
        'ASSAULT',
      ),
    ).not.toMatch(/aze-military>arm/);
  });

  it('are not the object of a state sending or deploying its own troops', () => {
    expect(
      dyadLine(
        'Ukrainian forces held the line on Monday. Russia sent more troops to the front on Tuesday.',
        'MOBILIZE',
      ),
    ).not.toMatch(/ukr-military/);
  });
});
