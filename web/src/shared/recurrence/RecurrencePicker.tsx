// How something repeats, picked as people say it: daily, weekly on chosen days, monthly by date or by weekday,
// yearly (each every N), ending never, on a date or after N times; any other RRULE as text, and, where the
// owner can read words (tasks: `due.string`), "custom" words such as "every other monday at 9am".
// Shared by the task editor and the calendar's event dialog.
import { useId, useState } from 'react';
import {
  describeRule,
  formFromRule,
  isValidRule,
  nthWeekdayOf,
  ordinal,
  ruleFromForm,
  WEEKDAY_SHORT,
  WEEKDAYS,
  type RepeatForm,
  type RepeatKind,
} from './rrule';
import './recurrence.css';

export type RecurrencePickerProps = {
  /** The rule: an RRULE without its "RRULE:" prefix (e.g. "FREQ=WEEKLY;BYDAY=MO,WE"), or null: does not repeat. */
  value: string | null;
  /** A new rule (null: no longer repeats); called only with valid rules. */
  onChange: (rule: string | null) => void;
  /** The first occurrence's date (YYYY-MM-DD, the DTSTART's date): the defaults' weekday, day of month and month. */
  start: string;
  /**
   * When given, a "Custom (in words)" choice sends the words typed ("every other monday at 9am") here
   * instead of a rule; the owner has them read (the tasks API's `due.string`).
   */
  onCustomText?: (text: string) => void;
  disabled?: boolean;
  /** The fieldset's legend (default "Repeat"). */
  legend?: string;
};

type Choice = RepeatKind | 'text';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const UNIT: Record<string, string> = {
  daily: 'day',
  weekly: 'week',
  'monthly-date': 'month',
  'monthly-weekday': 'month',
  yearly: 'year',
};

/** The choices' names for a start date: "Monthly on the 15th", "Monthly on the 3rd Friday", "Yearly on Dec 1". */
export function choiceLabels(start: string): Record<RepeatKind, string> {
  const day = Number(start.slice(8, 10));
  const { weekday, nth, last } = nthWeekdayOf(start);
  const nthText = last && nth > 4 ? 'last' : ordinal(nth);
  return {
    none: 'Does not repeat',
    daily: 'Daily',
    weekly: `Weekly`,
    'monthly-date': day === 31 ? 'Monthly on the last day' : `Monthly on the ${ordinal(day)}`,
    'monthly-weekday': `Monthly on the ${nthText} ${WEEKDAY_SHORT[weekday]}`,
    yearly: `Yearly on ${MONTHS[Number(start.slice(5, 7)) - 1]} ${day}`,
    rule: 'Custom rule (RRULE)',
  };
}

/** A whole number from 1 to 999 (every N, N times). */
function Count({ id, value, onChange }: { id: string; value: number; onChange: (n: number) => void }) {
  return (
    <input
      id={id}
      className="recurrence-number"
      type="number"
      min={1}
      max={999}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
    />
  );
}

export function RecurrencePicker({
  value,
  onChange,
  start,
  onCustomText,
  disabled,
  legend = 'Repeat',
}: RecurrencePickerProps) {
  const id = useId();
  const [form, setForm] = useState<RepeatForm>(() => formFromRule(value, start));
  const [choice, setChoice] = useState<Choice>(form.kind);
  const [words, setWords] = useState('');
  // A rule changed from outside (saved elsewhere, or answered by the server) replaces the form, unless the form
  // already stands for it.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== ruleFromForm(form, start)) {
      const next = formFromRule(value, start);
      setForm(next);
      if (choice !== 'text' || value !== null) setChoice(next.kind);
    }
  }

  const update = (patch: Partial<RepeatForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    const rule = ruleFromForm(next, start);
    if (rule !== value && (rule !== null || next.kind === 'none')) {
      setSeen(rule);
      onChange(rule);
    }
  };
  const labels = choiceLabels(start);
  const ruleError = form.kind === 'rule' && form.rule.trim() !== '' && !isValidRule(form.rule);
  const untilError = form.end === 'until' && form.until !== '' && form.until < start;
  const submitWords = () => {
    if (words.trim() && onCustomText) onCustomText(words.trim());
  };

  return (
    <fieldset className="recurrence-picker" disabled={disabled}>
      <legend>{legend}</legend>
      <label className="sr-only" htmlFor={`${id}-kind`}>
        {legend}
      </label>
      <select
        id={`${id}-kind`}
        value={choice}
        onChange={(e) => {
          const kind = e.target.value as Choice;
          setChoice(kind);
          if (kind !== 'text') update({ kind });
        }}
      >
        {(Object.keys(labels) as RepeatKind[]).map((k) => (
          <option key={k} value={k}>
            {labels[k]}
          </option>
        ))}
        {onCustomText && <option value="text">Custom (in words)</option>}
      </select>

      {choice === 'text' ? (
        <div className="recurrence-row">
          <label htmlFor={`${id}-words`}>Repeat in words</label>
          <input
            id={`${id}-words`}
            value={words}
            placeholder="every other monday at 9am"
            maxLength={200}
            onChange={(e) => setWords(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                submitWords();
              }
            }}
          />
          <button type="button" onClick={submitWords} disabled={!words.trim()}>
            Set
          </button>
        </div>
      ) : form.kind === 'rule' ? (
        <div className="recurrence-row">
          <label htmlFor={`${id}-rule`}>Rule</label>
          <input
            id={`${id}-rule`}
            value={form.rule}
            placeholder="FREQ=MONTHLY;BYDAY=-1FR"
            spellCheck={false}
            maxLength={300}
            aria-invalid={ruleError}
            aria-describedby={ruleError ? `${id}-rule-error` : undefined}
            onChange={(e) => update({ rule: e.target.value })}
          />
          {ruleError && (
            <span id={`${id}-rule-error`} className="form-error small">
              Not a rule this app can read (e.g. FREQ=WEEKLY;BYDAY=MO)
            </span>
          )}
        </div>
      ) : (
        form.kind !== 'none' && (
          <>
            <div className="recurrence-row">
              <label htmlFor={`${id}-interval`}>Every</label>
              <Count id={`${id}-interval`} value={form.interval} onChange={(interval) => update({ interval })} />
              <span>
                {UNIT[form.kind]}
                {form.interval === 1 ? '' : 's'}
              </span>
            </div>
            {form.kind === 'weekly' && (
              <div className="recurrence-days" role="group" aria-label="On days">
                {WEEKDAYS.map((d) => (
                  <label key={d} className="recurrence-day">
                    <input
                      type="checkbox"
                      checked={form.days.includes(d)}
                      onChange={(e) =>
                        update({ days: e.target.checked ? [...form.days, d] : form.days.filter((x) => x !== d) })
                      }
                    />
                    <span>{WEEKDAY_SHORT[d]}</span>
                  </label>
                ))}
              </div>
            )}
            <div className="recurrence-row">
              <label htmlFor={`${id}-end`}>Ends</label>
              <select
                id={`${id}-end`}
                value={form.end}
                onChange={(e) => update({ end: e.target.value as RepeatForm['end'] })}
              >
                <option value="never">Never</option>
                <option value="until">On date</option>
                <option value="count">After</option>
              </select>
              {form.end === 'until' && (
                <>
                  <label className="sr-only" htmlFor={`${id}-until`}>
                    Last date
                  </label>
                  <input
                    id={`${id}-until`}
                    type="date"
                    min={start}
                    value={form.until}
                    aria-invalid={untilError}
                    onChange={(e) => update({ until: e.target.value })}
                  />
                </>
              )}
              {form.end === 'count' && (
                <>
                  <label className="sr-only" htmlFor={`${id}-count`}>
                    Number of times
                  </label>
                  <Count id={`${id}-count`} value={form.count} onChange={(count) => update({ count })} />
                  <span>times</span>
                </>
              )}
            </div>
            {form.kind === 'weekly' && form.days.length === 0 && (
              <span className="form-error small">Choose at least one day.</span>
            )}
            {untilError && <span className="form-error small">The last date is before the first.</span>}
          </>
        )
      )}
      {value && choice !== 'text' && (
        <p className="recurrence-summary muted small" aria-live="polite">
          <span aria-hidden="true">↻ </span>
          {describeRule(value, start)}
        </p>
      )}
    </fieldset>
  );
}
