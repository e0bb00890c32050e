import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string, published = '2025-02-12') => dyadLine(text, type, published);

describe('a deployment to protect something from a party', () => {
  it('is aimed at the party named after "from" or "against", by its name or its demonym', () => {
    expect(
      dyads('Greece deployed two frigates on Monday to protect its islands from Turkish incursions.', 'MOBILIZE'),
    ).toBe('grc>tur');
    expect(
      dyads('Poland sent 10,000 troops to the border to defend it against Belarusian provocations.', 'MOBILIZE'),
    ).toBe('pol>blr');
    expect(dyads('Britain dispatched a warship to guard the strait against the Houthis.', 'MOBILIZE')).toBe(
      'gbr>houthis',
    );
  });

  it('does not make the protector the target of the attacks it guards against', () => {
    const attacks = dyads(
      'Greece deployed two frigates on Monday to protect its islands from Turkish incursions.',
      'ASSAULT',
    );
    expect(attacks).not.toContain('>grc');
  });

  it('leaves a deployment without such a purpose as it was', () => {
    expect(dyads('Greece deployed two frigates to the Aegean on Monday.', 'MOBILIZE')).toBe('grc>');
  });
});
