// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { RecurrencePicker } from './RecurrencePicker';
import { RepeatMark } from './RepeatMark';

function Harness({
  initial,
  start,
  onRule,
  onText,
}: {
  initial: string | null;
  start: string;
  onRule: (r: string | null) => void;
  onText?: (t: string) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <RecurrencePicker
      value={value}
      start={start}
      onChange={(r) => {
        setValue(r);
        onRule(r);
      }}
      onCustomText={onText}
    />
  );
}

const kind = () => screen.getByLabelText('Repeat', { selector: 'select' }) as HTMLSelectElement;

describe('the recurrence picker', () => {
  it('names the choices after the start date and emits their rules', () => {
    const onRule = vi.fn();
    render(<Harness initial={null} start="2026-12-01" onRule={onRule} />);
    expect(kind().value).toBe('none');
    const names = Array.from(kind().options).map((o) => o.text);
    expect(names).toEqual([
      'Does not repeat',
      'Daily',
      'Weekly',
      'Monthly on the 1st',
      'Monthly on the 1st Tue',
      'Yearly on Dec 1',
      'Custom rule (RRULE)',
    ]);
    fireEvent.change(kind(), { target: { value: 'monthly-weekday' } });
    expect(onRule).toHaveBeenLastCalledWith('FREQ=MONTHLY;BYDAY=1TU');
    fireEvent.change(kind(), { target: { value: 'yearly' } });
    expect(onRule).toHaveBeenLastCalledWith('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1');
    expect(screen.getByText('Every year on Dec 1')).toBeTruthy();
    fireEvent.change(kind(), { target: { value: 'none' } });
    expect(onRule).toHaveBeenLastCalledWith(null);
  });

  it('picks weekdays for a weekly rule, and never emits one without days', () => {
    const onRule = vi.fn();
    render(<Harness initial={null} start="2026-12-01" onRule={onRule} />);
    fireEvent.change(kind(), { target: { value: 'weekly' } });
    expect(onRule).toHaveBeenLastCalledWith('FREQ=WEEKLY;BYDAY=TU');
    fireEvent.click(screen.getByLabelText('Mon'));
    expect(onRule).toHaveBeenLastCalledWith('FREQ=WEEKLY;BYDAY=MO,TU');
    fireEvent.click(screen.getByLabelText('Tue'));
    fireEvent.click(screen.getByLabelText('Mon'));
    expect(onRule).toHaveBeenLastCalledWith('FREQ=WEEKLY;BYDAY=MO');
    expect(screen.getByText('Choose at least one day.')).toBeTruthy();
    expect(onRule).toHaveBeenCalledTimes(3);
    fireEvent.click(screen.getByLabelText('Wed'));
    fireEvent.change(screen.getByLabelText('Every'), { target: { value: '2' } });
    expect(onRule).toHaveBeenLastCalledWith('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: 'count' } });
    fireEvent.change(screen.getByLabelText('Number of times'), { target: { value: '4' } });
    expect(onRule).toHaveBeenLastCalledWith('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=4');
    expect(screen.getByText('Every 2 weeks on Wed, 4 times')).toBeTruthy();
  });

  it('shows a rule it was given, and follows a new one from outside', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <RecurrencePicker value="FREQ=WEEKLY;BYDAY=MO,WE" start="2026-11-30" onChange={onChange} />,
    );
    expect(kind().value).toBe('weekly');
    expect((screen.getByLabelText('Mon') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Wed') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Fri') as HTMLInputElement).checked).toBe(false);
    rerender(<RecurrencePicker value="FREQ=MONTHLY;BYMONTHDAY=1,15" start="2026-11-30" onChange={onChange} />);
    expect(kind().value).toBe('rule');
    expect((screen.getByLabelText('Rule') as HTMLInputElement).value).toBe('FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(screen.getByText('Every month on the 1st and the 15th')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes a custom rule as text once it is one', () => {
    const onRule = vi.fn();
    render(<Harness initial={null} start="2026-12-01" onRule={onRule} />);
    fireEvent.change(kind(), { target: { value: 'rule' } });
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'FREQ=MONTHLY;BYDAY=' } });
    expect(screen.getByText(/Not a rule this app can read/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'FREQ=MONTHLY;BYDAY=-1FR' } });
    expect(onRule).toHaveBeenLastCalledWith('FREQ=MONTHLY;BYDAY=-1FR');
    expect(onRule).toHaveBeenCalledTimes(1);
  });

  it('hands words to the owner when it reads them', () => {
    const onRule = vi.fn();
    const onText = vi.fn();
    render(<Harness initial={null} start="2026-12-01" onRule={onRule} onText={onText} />);
    fireEvent.change(kind(), { target: { value: 'text' } });
    fireEvent.change(screen.getByLabelText('Repeat in words'), { target: { value: 'every other monday at 9am' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(onText).toHaveBeenCalledWith('every other monday at 9am');
    expect(onRule).not.toHaveBeenCalled();
  });

  it('offers no words without an owner that reads them', () => {
    render(<RecurrencePicker value={null} start="2026-12-01" onChange={() => {}} />);
    expect(Array.from(kind().options).some((o) => o.value === 'text')).toBe(false);
  });
});

describe('the repeat mark', () => {
  it('says in words how it repeats', () => {
    render(<RepeatMark rule="FREQ=WEEKLY;BYDAY=MO,WE" />);
    expect(screen.getByRole('img', { name: 'Repeats every week on Mon, Wed' })).toBeTruthy();
  });
});
