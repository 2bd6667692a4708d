// Until the shared RecurrencePicker (src/shared/recurrence) is in this branch: the same props, a plain choice.
import { useId } from 'react';

const PRESETS: [string, string][] = [
  ['', 'Does not repeat'],
  ['FREQ=DAILY', 'Daily'],
  ['FREQ=WEEKLY', 'Weekly'],
  ['FREQ=MONTHLY', 'Monthly'],
  ['FREQ=YEARLY', 'Yearly'],
];

export function RecurrencePicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (rule: string | null) => void;
  start: string;
}) {
  const id = useId();
  const known = PRESETS.some(([rule]) => rule === (value ?? ''));
  return (
    <fieldset>
      <legend>Repeat</legend>
      <label htmlFor={`${id}-kind`} className="sr-only">
        Repeat
      </label>
      <select
        id={`${id}-kind`}
        value={known ? (value ?? '') : 'custom'}
        onChange={(e) => onChange(e.target.value || null)}
      >
        {PRESETS.map(([rule, label]) => (
          <option key={rule} value={rule}>
            {label}
          </option>
        ))}
        {!known && <option value={value ?? ''}>{value}</option>}
      </select>
    </fieldset>
  );
}
