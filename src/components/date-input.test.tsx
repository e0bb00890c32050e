// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateInput } from './date-input.tsx';

afterEach(cleanup);

/** A DateInput whose committed value lives in a parent, as the store holds it; `outside` moves it from elsewhere. */
function Harness({
  onCommit,
  outside,
}: {
  onCommit: (day: string | null) => void;
  outside: { set?: (d: string | null) => void };
}) {
  const [value, setValue] = useState<string | null>('2024-03-10');
  outside.set = setValue;
  return (
    <DateInput
      label="Since"
      value={value}
      onCommit={(day) => {
        onCommit(day);
        setValue(day);
      }}
    />
  );
}

const field = () => screen.getByLabelText('Since') as HTMLInputElement;

describe('DateInput', () => {
  it('commits nothing while a year is typed digit by digit, and the finished date once, on blur', () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} outside={{}} />);
    for (const value of ['0001-11-05', '0019-11-05', '0198-11-05', '1989-11-05'])
      fireEvent.change(field(), { target: { value } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.blur(field());
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('1989-11-05');
  });

  it('commits on Enter, and not again on the blur that follows', () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} outside={{}} />);
    fireEvent.change(field(), { target: { value: '2024-04-02' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    fireEvent.blur(field());
    expect(onCommit.mock.calls).toEqual([['2024-04-02']]);
  });

  it('leaves a half-typed year uncommitted on blur, and commits a cleared field as null', () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} outside={{}} />);
    fireEvent.change(field(), { target: { value: '0020-03-10' } });
    fireEvent.blur(field());
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(field(), { target: { value: '' } });
    fireEvent.blur(field());
    expect(onCommit).toHaveBeenCalledWith(null);
  });

  it('shows a value committed elsewhere (a brush, a link, Reset)', () => {
    const outside: { set?: (d: string | null) => void } = {};
    render(<Harness onCommit={vi.fn()} outside={outside} />);
    act(() => outside.set!('2022-08-15'));
    expect(field().value).toBe('2022-08-15');
  });
});
