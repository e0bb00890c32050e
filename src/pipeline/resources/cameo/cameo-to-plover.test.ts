import { describe, expect, it } from 'vitest';
import { parseCameoToPlover, ploverOf } from './cameo-to-plover.ts';

const TABLE = `
# header
04: CONSULT
041: CONSULT, phone,   # Discuss by telephone
08: RETREAT
0841: RETREAT, release,   legal # Return, release person(s)
163: COERCE, restrict,   diplomatic # Impose embargo
175: ASSAULT, pro_autocracy , military # first
175: COERCE, other, military # a repeated code keeps its first row
`;

describe('parseCameoToPlover', () => {
  const table = parseCameoToPlover(TABLE);

  it('maps full codes to type and mode, and skips family headings', () => {
    expect(table.get('041')).toEqual({ type: 'CONSULT', mode: 'phone' });
    expect(table.get('0841')).toEqual({ type: 'RETREAT', mode: 'release' });
    expect(table.has('04')).toBe(false);
  });

  it('keeps the first row of a repeated code', () => {
    expect(table.get('175')).toEqual({ type: 'ASSAULT', mode: 'pro_autocracy' });
  });

  it('lets a four-digit code the table lacks inherit its parent, and gives nothing for codes outside it', () => {
    expect(ploverOf('1631', table)).toEqual({ type: 'COERCE', mode: 'restrict' });
    expect(ploverOf('010', table)).toBeNull();
    expect(ploverOf('0211', table)).toBeNull();
  });
});
