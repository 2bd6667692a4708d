import { describe, expect, it } from 'vitest';
import {
  describeRule,
  formFromRule,
  formatRule,
  isValidRule,
  nextOccurrence,
  nthWeekdayOf,
  occurrencesBetween,
  ruleFromForm,
  ruleParts,
  splitRecurrence,
  weekdayOf,
  type RepeatForm,
} from './rrule';

// 2026-12-01 is a Tuesday, the first Tuesday of December.
const START = '2026-12-01';

describe('rules as parts', () => {
  it('reads a rule with or without its prefix, and writes it back in a stable order', () => {
    expect(ruleParts('RRULE:freq=weekly;byday=MO,WE')).toEqual({ FREQ: 'WEEKLY', BYDAY: 'MO,WE' });
    expect(formatRule({ BYDAY: 'MO', INTERVAL: '2', FREQ: 'WEEKLY' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(formatRule({ FREQ: 'DAILY', INTERVAL: '1', COUNT: '3' })).toBe('FREQ=DAILY;COUNT=3');
  });

  it('tells rules the library reads from other text', () => {
    expect(isValidRule('FREQ=MONTHLY;BYDAY=-1FR')).toBe(true);
    expect(isValidRule('RRULE:FREQ=DAILY')).toBe(true);
    expect(isValidRule('every monday')).toBe(false);
    expect(isValidRule('BYDAY=MO')).toBe(false);
    expect(isValidRule('FREQ=SOMETIMES')).toBe(false);
  });
});

describe('dates of a start', () => {
  it('knows weekdays and which of the month a weekday is', () => {
    expect(weekdayOf(START)).toBe('TU');
    expect(weekdayOf('2026-11-29')).toBe('SU');
    expect(nthWeekdayOf(START)).toEqual({ weekday: 'TU', nth: 1, last: false });
    expect(nthWeekdayOf('2026-12-29')).toEqual({ weekday: 'TU', nth: 5, last: true });
    expect(nthWeekdayOf('2026-12-24')).toEqual({ weekday: 'TH', nth: 4, last: false });
  });
});

describe('the picker form and rules', () => {
  const form = (patch: Partial<RepeatForm>, start = START) => ({ ...formFromRule(null, start), ...patch });

  it('makes each preset from its start date', () => {
    expect(ruleFromForm(form({ kind: 'none' }), START)).toBeNull();
    expect(ruleFromForm(form({ kind: 'daily' }), START)).toBe('FREQ=DAILY');
    expect(ruleFromForm(form({ kind: 'daily', interval: 3 }), START)).toBe('FREQ=DAILY;INTERVAL=3');
    expect(ruleFromForm(form({ kind: 'weekly' }), START)).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(ruleFromForm(form({ kind: 'weekly', days: ['WE', 'MO'] }), START)).toBe('FREQ=WEEKLY;BYDAY=MO,WE');
    expect(ruleFromForm(form({ kind: 'monthly-date' }), '2026-12-15')).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(ruleFromForm(form({ kind: 'monthly-date' }), '2026-12-31')).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(ruleFromForm(form({ kind: 'monthly-weekday' }), START)).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(ruleFromForm(form({ kind: 'monthly-weekday' }), '2026-12-29')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
    expect(ruleFromForm(form({ kind: 'yearly' }), '2028-02-29')).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29');
  });

  it('adds how it ends, and refuses forms that cannot be a rule', () => {
    expect(ruleFromForm(form({ kind: 'daily', end: 'count', count: 5 }), START)).toBe('FREQ=DAILY;COUNT=5');
    expect(ruleFromForm(form({ kind: 'daily', end: 'until', until: '2026-12-20' }), START)).toBe(
      'FREQ=DAILY;UNTIL=20261220T235959Z',
    );
    expect(ruleFromForm(form({ kind: 'daily', end: 'until', until: '2026-11-20' }), START)).toBeNull();
    expect(ruleFromForm(form({ kind: 'daily', end: 'count', count: 0 }), START)).toBeNull();
    expect(ruleFromForm(form({ kind: 'weekly', days: [] }), START)).toBeNull();
    expect(ruleFromForm(form({ kind: 'daily', interval: 0 }), START)).toBeNull();
    expect(ruleFromForm(form({ kind: 'rule', rule: 'nonsense' }), START)).toBeNull();
    expect(ruleFromForm(form({ kind: 'rule', rule: 'freq=monthly;byday=-1fr' }), START)).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
  });

  it('reads rules back into the form, round trip', () => {
    const rules = [
      'FREQ=DAILY',
      'FREQ=DAILY;INTERVAL=2;COUNT=4',
      'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T235959Z',
      'FREQ=MONTHLY;BYMONTHDAY=1',
      'FREQ=MONTHLY;BYDAY=1TU',
      'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1',
    ];
    for (const rule of rules) expect(ruleFromForm(formFromRule(rule, START), START)).toBe(rule);
    expect(formFromRule('FREQ=WEEKLY;BYDAY=FR,MO', START)).toMatchObject({ kind: 'weekly', days: ['MO', 'FR'] });
    expect(formFromRule('FREQ=WEEKLY;INTERVAL=2', START)).toMatchObject({ kind: 'weekly', interval: 2, days: ['TU'] });
    expect(formFromRule('FREQ=MONTHLY;BYDAY=2TU', START).kind).toBe('monthly-weekday');
    expect(formFromRule('FREQ=DAILY;UNTIL=20261220T235959Z', START)).toMatchObject({
      kind: 'daily',
      end: 'until',
      until: '2026-12-20',
    });
  });

  it('keeps rules the presets cannot show as a custom rule', () => {
    for (const rule of ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'FREQ=HOURLY;INTERVAL=3', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1'])
      expect(formFromRule(rule, START)).toMatchObject({ kind: 'rule', rule });
    expect(formFromRule(null, START).kind).toBe('none');
  });
});

describe('rules in words', () => {
  it.each([
    ['FREQ=DAILY', 'Every day'],
    ['FREQ=DAILY;INTERVAL=2', 'Every 2 days'],
    ['FREQ=WEEKLY;BYDAY=MO,WE', 'Every week on Mon, Wed'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Every weekday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'Every 2 weeks on Mon'],
    ['FREQ=WEEKLY', 'Every week on Tue'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'Every month on the 1st and the 15th'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'Every month on the last day'],
    ['FREQ=MONTHLY;BYDAY=3FR', 'Every month on the 3rd Friday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Every month on the last Friday'],
    ['FREQ=MONTHLY', 'Every month on the 1st'],
    ['FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', 'Every year on Jan 1'],
    ['FREQ=YEARLY', 'Every year on Dec 1'],
    ['FREQ=HOURLY;INTERVAL=3', 'Every 3 hours'],
    ['FREQ=DAILY;COUNT=10', 'Every day, 10 times'],
    ['FREQ=DAILY;UNTIL=20261220T235959Z', 'Every day, until Dec 20, 2026'],
  ])('%s → %s', (rule, words) => expect(describeRule(rule, START)).toBe(words));
});

describe('recurrence as the API sends it', () => {
  it('splits DTSTART and RRULE lines', () => {
    expect(splitRecurrence('DTSTART;TZID=Europe/Berlin:20261201T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO')).toEqual({
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      start: { date: '2026-12-01', time: '09:00', timeZone: 'Europe/Berlin' },
    });
    expect(splitRecurrence('DTSTART;VALUE=DATE:20261201\r\nRRULE:FREQ=DAILY')).toEqual({
      rule: 'FREQ=DAILY',
      start: { date: '2026-12-01' },
    });
    expect(splitRecurrence('FREQ=DAILY')).toEqual({ rule: 'FREQ=DAILY', start: null });
  });
});

describe('occurrences', () => {
  it('expands a weekly rule within a range, both ends included', () => {
    const dates = occurrencesBetween('FREQ=WEEKLY;BYDAY=MO,WE', { date: START }, '2026-12-01', '2026-12-14');
    expect(dates.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-07', '2026-12-09', '2026-12-14']);
  });

  it('keeps the local time across a DST change', () => {
    // Europe/Berlin leaves summer time on 2026-10-25: 09:00 stays 09:00 local.
    const dates = occurrencesBetween('FREQ=DAILY', { date: '2026-10-24', time: '09:00' }, '2026-10-24', '2026-10-26');
    expect(dates).toEqual([
      { date: '2026-10-24', time: '09:00' },
      { date: '2026-10-25', time: '09:00' },
      { date: '2026-10-26', time: '09:00' },
    ]);
  });

  it('handles month ends, leap days and counts', () => {
    const last = occurrencesBetween('FREQ=MONTHLY;BYMONTHDAY=-1', { date: '2027-01-31' }, '2027-01-01', '2027-04-30');
    expect(last.map((d) => d.date)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    const leap = occurrencesBetween(
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      { date: '2028-02-29' },
      '2028-01-01',
      '2036-12-31',
    );
    expect(leap.map((d) => d.date)).toEqual(['2028-02-29', '2032-02-29', '2036-02-29']);
    const counted = occurrencesBetween('FREQ=DAILY;COUNT=3', { date: START }, '2026-12-02', '2026-12-31');
    expect(counted.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-03']);
    expect(occurrencesBetween('nonsense', { date: START }, START, '2026-12-31')).toEqual([]);
  });

  it('finds the next occurrence after a day, or none once it has ended', () => {
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=MO,WE', { date: START }, '2026-12-02')).toBe('2026-12-07');
    expect(nextOccurrence('FREQ=DAILY;COUNT=2', { date: START }, '2026-12-02')).toBeNull();
  });
});
