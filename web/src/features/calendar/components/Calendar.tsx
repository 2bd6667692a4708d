// The calendar: tasks and events of the agenda in a week or a month (a day on a phone), today marked. Drag an
// item to another day to move it (a task's due, an event's start and end; a repeating one asks first), or open
// it to change its dates (the keyboard's way: a task's detail, the event dialog). Click a day to add an event.
import { useEffect, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { localDate } from '../../../lib/dates';
import { ListState } from '../../../shared/ListState';
import { useMe } from '../../auth';
import { calendarKeys, useAgenda, useMoveItem, type ItemMove } from '../api/calendar';
import {
  dayName,
  itemsByDay,
  rangeTitle,
  step,
  visibleDays,
  visibleRange,
  weekday,
  type CalendarView,
  type Placed,
} from '../grid';
import { EventDialog, type EventTarget } from './EventDialog';
import { Confirm, ScopeDialog } from './ScopeQuestion';
import './calendar.css';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const PHONE = '(max-width: 767px)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

const isView = (v: string | null): v is CalendarView => v === 'day' || v === 'week' || v === 'month';

export function Calendar() {
  const me = useMe().data;
  const timeZone = me?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = localDate(new Date(), timeZone);
  const [params, setParams] = useSearchParams();
  const phone = useMediaQuery(PHONE);
  const asked = params.get('view');
  const view: CalendarView = phone ? 'day' : isView(asked) && asked !== 'day' ? asked : 'week';
  const dateParam = params.get('date');
  const anchor = dateParam && /^\d{4}-\d{2}-\d{2}$/.test(dateParam) ? dateParam : today;
  const days = visibleDays(view, anchor);
  const { from, to } = visibleRange(view, anchor);
  const agenda = useAgenda(from, to);
  const byDay = itemsByDay(agenda.data?.items ?? [], days, timeZone);
  const [dialog, setDialog] = useState<EventTarget | null>(null);
  const [pending, setPending] = useState<ItemMove | null>(null);
  const move = useMoveItem();
  const client = useQueryClient();

  // A task changed elsewhere (its detail, quick add): the agenda learns of it a moment later, so read it again.
  useEffect(
    () =>
      client.getMutationCache().subscribe((e) => {
        if (e.type !== 'updated' || e.mutation.state.status !== 'success') return;
        for (const delay of [500, 2000, 5000])
          window.setTimeout(() => void client.invalidateQueries({ queryKey: calendarKeys.all }), delay);
      }),
    [client],
  );

  const go = (next: { view?: CalendarView; date?: string }) => {
    const p = new URLSearchParams(params);
    if (next.view) p.set('view', next.view);
    if (next.date) p.set('date', next.date);
    if (next.date === today) p.delete('date');
    setParams(p, { replace: true });
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  );

  const onDragEnd = (e: DragEndEvent) => {
    const data = e.active.data.current as { placed: Placed; date: string } | undefined;
    const target = e.over ? String(e.over.id) : null;
    if (!data || !target || target === data.date) return;
    const request: ItemMove = { item: data.placed.item, from: data.date, to: target, timeZone };
    if (data.placed.item.recurring) setPending(request);
    else move.mutate(request);
  };

  const unit = view === 'month' ? 'month' : view;
  return (
    <section className="view calendar" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Calendar</h1>
        <div className="view-tools">
          <div className="segmented" role="group" aria-label="Move in time">
            <button type="button" aria-label={`Previous ${unit}`} onClick={() => go({ date: step(view, anchor, -1) })}>
              ‹
            </button>
            <button type="button" onClick={() => go({ date: today })}>
              Today
            </button>
            <button type="button" aria-label={`Next ${unit}`} onClick={() => go({ date: step(view, anchor, 1) })}>
              ›
            </button>
          </div>
          {!phone && (
            <div className="segmented" role="group" aria-label="View">
              {(['week', 'month'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => go({ view: v })}>
                  {v === 'week' ? 'Week' : 'Month'}
                </button>
              ))}
            </div>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => setDialog({ kind: 'new', date: anchor < from || anchor > to ? from : anchor })}
          >
            New event
          </button>
        </div>
      </header>
      <h2 className="cal-range" aria-live="polite" data-testid="calendar-range">
        {rangeTitle(view, anchor)}
      </h2>
      <ListState loading={agenda.isPending} error={agenda.error} empty={false} emptyText="">
        <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragEnd={onDragEnd}>
          <div
            className={`cal-grid cal-view-${view}`}
            data-view={view}
            aria-label={`${view === 'month' ? 'Month' : view === 'week' ? 'Week' : 'Day'} of ${rangeTitle(view, anchor)}`}
            role="group"
          >
            {view !== 'day' &&
              WEEKDAYS.map((d) => (
                <div key={d} className="cal-weekday" aria-hidden="true">
                  {d}
                </div>
              ))}
            {days.map((date) => (
              <Day
                key={date}
                date={date}
                view={view}
                today={date === today}
                outside={view === 'month' && date.slice(0, 7) !== anchor.slice(0, 7)}
                placed={byDay.get(date) ?? []}
                onCreate={() => setDialog({ kind: 'new', date })}
                onOpen={(placed) =>
                  placed.item.type === 'event' &&
                  setDialog({ kind: 'edit', id: placed.item.id, occurrence: placed.item.occurrence ?? null })
                }
              />
            ))}
          </div>
        </DndContext>
      </ListState>
      {dialog && <EventDialog target={dialog} timeZone={timeZone} onClose={() => setDialog(null)} />}
      {pending && pending.item.type === 'event' && (
        <ScopeDialog
          verb="Move"
          onChoose={(scope) => {
            move.mutate({ ...pending, scope });
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {pending && pending.item.type === 'task' && (
        <Confirm
          title="Move a repeating task"
          text={`“${pending.item.title}” repeats. Moving it moves the whole series by the same number of days.`}
          yes="Move the series"
          onYes={() => {
            move.mutate(pending);
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

function Day({
  date,
  view,
  today,
  outside,
  placed,
  onCreate,
  onOpen,
}: {
  date: string;
  view: CalendarView;
  today: boolean;
  outside: boolean;
  placed: Placed[];
  onCreate: () => void;
  onOpen: (placed: Placed) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: date });
  const name = dayName(date);
  // a click on the day itself (not on an item or a button in it) adds an event on that day
  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (e.target instanceof Element && e.target.closest('button, [role="button"], a')) return;
    onCreate();
  };
  return (
    <section
      ref={setNodeRef}
      className={`cal-day ${today ? 'is-today' : ''} ${outside ? 'is-outside' : ''} ${isOver ? 'is-over' : ''}`}
      aria-label={today ? `${name}, today` : name}
      aria-current={today ? 'date' : undefined}
      data-date={date}
      onClick={onClick}
      style={view === 'month' ? { gridColumn: weekday(date) + 1 } : undefined}
    >
      <header className="cal-day-header">
        <span className="cal-day-number" aria-hidden="true">
          {view === 'day'
            ? name
            : view === 'week'
              ? `${WEEKDAYS[weekday(date)]} ${Number(date.slice(8))}`
              : Number(date.slice(8))}
        </span>
        <button type="button" className="icon-button cal-add" aria-label={`New event on ${name}`} onClick={onCreate}>
          +
        </button>
      </header>
      <ul className="cal-items">
        {placed.map((p) => (
          <li key={`${p.item.type}:${p.item.id}:${p.item.occurrence ?? p.item.date ?? p.item.start}`}>
            <Item placed={p} date={date} compact={view === 'month'} onOpen={() => onOpen(p)} />
          </li>
        ))}
      </ul>
      {placed.length === 0 && view === 'day' && <p className="muted small">Nothing planned.</p>}
    </section>
  );
}

function Item({
  placed,
  date,
  compact,
  onOpen,
}: {
  placed: Placed;
  date: string;
  compact: boolean;
  onOpen: () => void;
}) {
  const { item, time, endTime } = placed;
  const [, setParams] = useSearchParams();
  const id = `${item.type}:${item.id}:${item.occurrence ?? item.date ?? item.start}:${date}`;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, data: { placed, date } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 20 } : undefined;
  const range = endTime && endTime !== time && item.type === 'event' ? `${time}–${endTime}` : time;
  const when = time ? range : null;
  const open = () => {
    if (item.type === 'task')
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.set('task', item.id);
        return next;
      });
    else onOpen();
  };
  return (
    <div
      ref={setNodeRef}
      style={style}
      {...listeners}
      {...attributes}
      className={`cal-item cal-${item.type} ${isDragging ? 'is-dragging' : ''}`}
      data-item-id={item.id}
      data-type={item.type}
      aria-roledescription={`draggable ${item.type}`}
      onClick={() => !isDragging && open()}
      onKeyDown={(e: ReactKeyboardEvent<HTMLDivElement>) => {
        if (e.key === 'Enter' && !isDragging) {
          // not on to the dialog it opens (whose form would take the Enter as its submit)
          e.preventDefault();
          open();
        } else listeners?.onKeyDown?.(e);
      }}
    >
      {/* its name is what it shows, with what the eye gets from its colour and marks */}
      <span className="sr-only">
        {item.recurring ? 'Repeating ' : ''}
        {item.type === 'task' ? (item.recurring ? 'task: ' : 'Task: ') : item.recurring ? 'event: ' : 'Event: '}
      </span>
      {when && (
        <span className="cal-time">
          {compact ? time : when}
          {compact && range !== time && <span className="sr-only">–{endTime}</span>}{' '}
        </span>
      )}
      <span className="cal-title">
        {item.type === 'task' && (
          <span className="cal-check" aria-hidden="true">
            ○
          </span>
        )}
        {item.title}
        {item.recurring && (
          <span className="cal-repeat" aria-hidden="true">
            {' '}
            ↻
          </span>
        )}
      </span>
    </div>
  );
}
