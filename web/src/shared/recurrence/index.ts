// Recurrence, shared by the tasks and the calendar: the picker, the repeat mark, and the RRULE helpers.
export { RecurrencePicker, choiceLabels, type RecurrencePickerProps } from './RecurrencePicker';
export { RepeatMark } from './RepeatMark';
export {
  WEEKDAYS,
  WEEKDAY_SHORT,
  defaultForm,
  describeRule,
  formFromRule,
  formatRule,
  isValidRule,
  nextOccurrence,
  nthWeekdayOf,
  occurrencesBetween,
  ordinal,
  ruleFromForm,
  ruleParts,
  splitRecurrence,
  weekdayOf,
  type LocalStart,
  type RepeatForm,
  type RepeatKind,
  type Weekday,
} from './rrule';
