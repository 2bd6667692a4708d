// An event, made or changed: title, all day or start and end with their time zone, location, description, the
// project it belongs to (its members then see it), attendees and how it repeats. Changing or deleting a
// repeating event asks first whether for this occurrence, this and the following, or all.
import { useState, type FormEvent } from 'react';
import type { CalendarEvent, CreateEvent, UpdateEvent } from '../../../api/types';
import { addDays } from '../../../lib/dates';
import { Dialog } from '../../../shared/Dialog';
import { RecurrencePicker } from '../../../shared/recurrence';
import { useProjects } from '../../projects';
import { useCreateEvent, useDeleteEvent, useEvent, useUpdateEvent, type Scope } from '../api/calendar';
import { addMinutes, daysBetweenDates, minutesBetween, shiftDays } from '../grid';
import { ScopeQuestion } from './ScopeQuestion';

/** What the dialog is for: a new event on a day, or an event (one occurrence of it, if it repeats). */
export type EventTarget = { kind: 'new'; date: string } | { kind: 'edit'; id: string; occurrence: string | null };

const zones = (): string[] => Intl.supportedValuesOf?.('timeZone') ?? ['UTC'];

type Form = {
  title: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timezone: string;
  location: string;
  description: string;
  projectId: string;
  attendees: string;
  recurrence: string | null;
};

function newForm(date: string, timeZone: string): Form {
  return {
    title: '',
    allDay: false,
    startDate: date,
    startTime: '09:00',
    endDate: date,
    endTime: '10:00',
    timezone: timeZone,
    location: '',
    description: '',
    projectId: '',
    attendees: '',
    recurrence: null,
  };
}

/** The form of an event, or of one of its occurrences (its original start; the series' length kept). */
function formOf(event: CalendarEvent, occurrence: string | null): Form {
  let start = event.start;
  let end = event.end;
  if (occurrence && occurrence.slice(0, 10) !== start.slice(0, 10)) {
    const days = daysBetweenDates(start, occurrence);
    start = shiftDays(start, days);
    end = shiftDays(end, days);
  }
  // an occurrence changed on its own before shows as changed
  const change = occurrence ? event.exceptions.find((c) => c.occurrence === occurrence) : undefined;
  if (change?.start) start = change.start;
  if (change?.end) end = change.end;
  const endDate = end.slice(0, 10);
  return {
    title: change?.title ?? event.title,
    allDay: event.allDay,
    startDate: start.slice(0, 10),
    startTime: event.allDay ? '09:00' : start.slice(11, 16),
    endDate,
    endTime: event.allDay ? '10:00' : end.slice(11, 16),
    timezone: event.timezone,
    location: change?.location ?? event.location ?? '',
    description: change?.description ?? event.description ?? '',
    projectId: event.projectId ?? '',
    attendees: event.attendees.join(', '),
    recurrence: event.recurrence ?? null,
  };
}

/** An event's fields as the form has them (null: none). */
type Fields = {
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  timezone: string;
  location: string | null;
  description: string | null;
  projectId: string | null;
  attendees: string[];
  recurrence: string | null;
};

/** The form as the API's fields. */
function fieldsOf(f: Form): Fields {
  return {
    title: f.title.trim(),
    allDay: f.allDay,
    start: f.allDay ? f.startDate : `${f.startDate}T${f.startTime}:00`,
    end: f.allDay ? f.endDate : `${f.endDate}T${f.endTime}:00`,
    timezone: f.timezone,
    location: f.location.trim() || null,
    description: f.description.trim() || null,
    projectId: f.projectId || null,
    attendees: f.attendees
      .split(/[,;\s]+/)
      .map((a) => a.trim())
      .filter(Boolean),
    recurrence: f.recurrence,
  };
}

/** A new event: the fields given (those left empty are left out). */
const creation = (f: Fields): CreateEvent => ({
  title: f.title,
  allDay: f.allDay,
  start: f.start,
  end: f.end,
  timezone: f.timezone,
  attendees: f.attendees,
  ...(f.location ? { location: f.location } : {}),
  ...(f.description ? { description: f.description } : {}),
  ...(f.projectId ? { projectId: f.projectId } : {}),
  ...(f.recurrence ? { recurrence: f.recurrence } : {}),
});

/** The fields that differ from what the event had (JSON Merge Patch: only those are sent, null clears). */
function changes(before: Fields, after: Fields): UpdateEvent {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Fields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as UpdateEvent;
}

export function EventDialog({
  target,
  timeZone,
  onClose,
}: {
  target: EventTarget;
  timeZone: string;
  onClose: () => void;
}) {
  const event = useEvent(target.kind === 'edit' ? target.id : null);
  const title = target.kind === 'new' ? 'New event' : 'Event';
  return (
    <Dialog title={title} onClose={onClose} className="event-dialog">
      {target.kind === 'new' ? (
        <EventForm initial={newForm(target.date, timeZone)} onClose={onClose} />
      ) : event.isPending ? (
        <p className="state" aria-busy="true">
          Loading…
        </p>
      ) : event.error ? (
        <p className="state state-error" role="alert">
          {event.error.message}
        </p>
      ) : (
        <EventForm
          key={event.data.id}
          event={event.data}
          occurrence={target.occurrence}
          initial={formOf(event.data, target.occurrence)}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function EventForm({
  event,
  occurrence,
  initial,
  onClose,
}: {
  event?: CalendarEvent;
  occurrence?: string | null;
  initial: Form;
  onClose: () => void;
}) {
  const [form, setForm] = useState(initial);
  const [asking, setAsking] = useState<'save' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const projects = (useProjects().data ?? []).filter((p) => p.role !== 'viewer');
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const remove = useDeleteEvent();
  const busy = create.isPending || update.isPending || remove.isPending;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const repeating = !!event?.recurrence;
  const original = occurrence ?? event?.start ?? null;
  const after = { onSuccess: onClose, onError: (e: Error) => setError(e.message) };

  const invalid = (): string | null => {
    const body = fieldsOf(form);
    if (!body.title) return 'Give the event a title.';
    if (!form.startDate || !form.endDate) return 'Give the event its dates.';
    if (body.end < body.start || (!form.allDay && body.end === body.start)) return 'The end must be after the start.';
    return null;
  };

  const save = (scope?: Scope) => {
    const body = fieldsOf(form);
    if (!event) {
      create.mutate(creation(body), after);
      return;
    }
    const patch = changes(fieldsOf(initial), body);
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    if (scope === 'all' && (patch.start !== undefined || patch.end !== undefined)) {
      // the series moves by as much as this occurrence was moved
      const shift = minutesBetween(fieldsOf(initial).start, body.start);
      const length = minutesBetween(body.start, body.end);
      const start = event.allDay && form.allDay ? shiftDays(event.start, Math.round(shift / 1440)) : null;
      patch.start = start ?? addMinutes(event.start.length === 10 ? `${event.start}T00:00` : event.start, shift);
      patch.end = start ? addDays(start, Math.round(length / 1440)) : addMinutes(patch.start, length);
    }
    update.mutate({ id: event.id, version: event.version, patch, scope, occurrence: original }, after);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problem = invalid();
    setError(problem);
    if (problem) return;
    if (repeating) setAsking('save');
    else save();
  };

  if (asking && event)
    return (
      <ScopeQuestion
        verb={asking === 'save' ? 'Change' : 'Delete'}
        onCancel={() => setAsking(null)}
        onChoose={(scope) => {
          setAsking(null);
          if (asking === 'save') save(scope);
          else remove.mutate({ id: event.id, scope, occurrence: original }, after);
        }}
      />
    );

  return (
    <form className="form event-form" onSubmit={onSubmit} noValidate>
      <label>
        Title
        <input value={form.title} onChange={(e) => set('title', e.target.value)} maxLength={500} autoFocus required />
      </label>
      <label className="check">
        <input type="checkbox" checked={form.allDay} onChange={(e) => set('allDay', e.target.checked)} /> All day
      </label>
      <div className="event-when">
        <label>
          {form.allDay ? 'First day' : 'Start date'}
          <input
            type="date"
            value={form.startDate}
            onChange={(e) => {
              const startDate = e.target.value;
              // the end follows the start, the event's length kept
              const days = form.startDate && startDate ? daysBetweenDates(form.startDate, startDate) : 0;
              setForm((f) => ({ ...f, startDate, endDate: f.endDate ? shiftDays(f.endDate, days) : startDate }));
            }}
            required
          />
        </label>
        {!form.allDay && (
          <label>
            Start time
            <input type="time" value={form.startTime} onChange={(e) => set('startTime', e.target.value)} required />
          </label>
        )}
        <label>
          {form.allDay ? 'Last day' : 'End date'}
          <input type="date" value={form.endDate} onChange={(e) => set('endDate', e.target.value)} required />
        </label>
        {!form.allDay && (
          <label>
            End time
            <input type="time" value={form.endTime} onChange={(e) => set('endTime', e.target.value)} required />
          </label>
        )}
      </div>
      {!form.allDay && (
        <label>
          Time zone
          <select value={form.timezone} onChange={(e) => set('timezone', e.target.value)}>
            {[...new Set([form.timezone, ...zones()])].map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
      )}
      <RecurrencePicker value={form.recurrence} onChange={(rule) => set('recurrence', rule)} start={form.startDate} />
      <label>
        Location
        <input value={form.location} onChange={(e) => set('location', e.target.value)} maxLength={500} />
      </label>
      <label>
        Description
        <textarea value={form.description} onChange={(e) => set('description', e.target.value)} rows={3} />
      </label>
      <label>
        Project
        <select value={form.projectId} onChange={(e) => set('projectId', e.target.value)}>
          <option value="">None (only me)</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.inbox ? 'Inbox' : p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Attendees
        <input
          value={form.attendees}
          onChange={(e) => set('attendees', e.target.value)}
          placeholder="ada@example.com, grace@example.com"
          aria-describedby="attendees-hint"
        />
      </label>
      <p id="attendees-hint" className="muted small hint">
        Email addresses, separated by commas.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {event && (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => (repeating ? setAsking('delete') : remove.mutate({ id: event.id }, after))}
          >
            Delete
          </button>
        )}
        <button type="button" className="link" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {event ? 'Save' : 'Add event'}
        </button>
      </div>
    </form>
  );
}
