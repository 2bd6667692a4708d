// The calendar through React Query: the agenda of a range (tasks and events, recurring ones expanded by the
// server), one event, and the changes: events created, changed or deleted (a recurring one for one occurrence,
// this and the following, or all), tasks rescheduled. Every change reads the agenda and the task lists again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { done, http, ifMatch, unwrap } from '../../../api/client';
import type { AgendaItem, CreateEvent, UpdateEvent } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { taskKeys } from '../../tasks';
import { addMinutes, daysBetweenDates, minutesBetween, shiftDays } from '../grid';
import { movedDue } from '../moves';

export const calendarKeys = {
  all: ['calendar'] as const,
  agenda: (from: string, to: string) => ['calendar', 'agenda', from, to] as const,
  event: (id: string) => ['calendar', 'event', id] as const,
};

export const useAgenda = (from: string, to: string) =>
  useQuery({
    queryKey: calendarKeys.agenda(from, to),
    queryFn: () => unwrap(http.GET('/api/v1/agenda', { params: { query: { from, to } } })),
    placeholderData: (previous) => previous,
  });

export const useEvent = (id: string | null) =>
  useQuery({
    queryKey: calendarKeys.event(id ?? ''),
    queryFn: () => unwrap(http.GET('/api/v1/events/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });

/** Which occurrences of a recurring event a change is for. */
export type Scope = 'this' | 'following' | 'all';

function useCalendarChange<V, R>(change: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: change,
    onError: (error) => toast.error(error.message),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: calendarKeys.all }),
        client.invalidateQueries({ queryKey: taskKeys.all }),
      ]),
  });
}

export const useCreateEvent = () =>
  useCalendarChange((body: CreateEvent) => unwrap(http.POST('/api/v1/events', { body })));

export type EventChange = {
  id: string;
  version?: number;
  patch: UpdateEvent;
  /** for one occurrence of a recurring event (or it and the following): its original start */
  scope?: Scope;
  occurrence?: string | null;
};

const scopeQuery = (scope?: Scope, occurrence?: string | null) =>
  scope ? { scope, ...(scope !== 'all' && occurrence ? { occurrence } : {}) } : {};

export const useUpdateEvent = () =>
  useCalendarChange(({ id, version, patch, scope, occurrence }: EventChange) =>
    unwrap(
      http.PATCH('/api/v1/events/{id}', {
        params: { path: { id }, query: scopeQuery(scope, occurrence) },
        body: patch,
        // a change of one occurrence leaves the series' version to the server
        headers: !scope || scope === 'all' ? ifMatch(version) : undefined,
      }),
    ),
  );

export const useDeleteEvent = () =>
  useCalendarChange(({ id, scope, occurrence }: { id: string; scope?: Scope; occurrence?: string | null }) =>
    done(http.DELETE('/api/v1/events/{id}', { params: { path: { id }, query: scopeQuery(scope, occurrence) } })),
  );

type AgendaData = { items: AgendaItem[] };

/** What a drag moves: one item of the agenda, from the day it was on to another. */
export type ItemMove = {
  item: AgendaItem;
  from: string;
  to: string;
  timeZone: string;
  /** for a repeating event: which occurrences */
  scope?: Scope;
};

const sameItem = (a: AgendaItem, b: AgendaItem) =>
  a.type === b.type && a.id === b.id && (a.occurrence ?? a.date ?? a.start) === (b.occurrence ?? b.date ?? b.start);

/** The item as it shows once moved by whole days. */
const shifted = (item: AgendaItem, days: number): AgendaItem => ({
  ...item,
  date: item.date ? shiftDays(item.date, days) : item.date,
  start: item.start ? shiftDays(item.start, days) : item.start,
  end: item.end ? shiftDays(item.end, days) : item.end,
});

async function moveTask({ item, from, to, timeZone }: ItemMove) {
  const task = await unwrap(http.GET('/api/v1/tasks/{id}', { params: { path: { id: item.id } } }));
  const due = movedDue(task, daysBetweenDates(from, to), timeZone);
  return unwrap(
    http.PATCH('/api/v1/tasks/{id}', {
      params: { path: { id: item.id } },
      body: { due: due ?? { date: to } },
      headers: ifMatch(task.version),
    }),
  );
}

async function moveEvent({ item, from, to, scope }: ItemMove) {
  const days = daysBetweenDates(from, to);
  const event = await unwrap(http.GET('/api/v1/events/{id}', { params: { path: { id: item.id } } }));
  let patch: UpdateEvent;
  if (!scope || scope === 'all') {
    patch = { start: shiftDays(event.start, days), end: shiftDays(event.end, days) };
  } else {
    // one occurrence (or it and the following): from its own original start, with the series' length
    const original = item.occurrence ?? item.start ?? item.date ?? event.start;
    const current = event.exceptions.find((c) => c.occurrence === original)?.start ?? original;
    const start = shiftDays(current, days);
    const end = event.allDay
      ? shiftDays(start, daysBetweenDates(event.start, event.end))
      : addMinutes(start, minutesBetween(event.start, event.end));
    patch = { start, end };
  }
  return unwrap(
    http.PATCH('/api/v1/events/{id}', {
      params: { path: { id: item.id }, query: scopeQuery(scope, item.occurrence ?? item.start ?? item.date) },
      body: patch,
      headers: !scope || scope === 'all' ? ifMatch(event.version) : undefined,
    }),
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A task or event moved to another day: shown there at once, rolled back with the reason if refused. The agenda
 * learns of a task's change through Kafka a moment later, so after a task's move it is read again until it shows
 * the task on its new day (for a few seconds), and only then replaces what is shown.
 */
export function useMoveItem() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    scope: { id: 'calendar-moves' },
    mutationFn: async (move: ItemMove): Promise<void> => {
      if (move.item.type === 'task') await moveTask(move);
      else await moveEvent(move);
    },
    onMutate: async ({ item, from, to }) => {
      await client.cancelQueries({ queryKey: calendarKeys.all });
      const snapshot = client.getQueriesData<AgendaData>({ queryKey: ['calendar', 'agenda'] });
      const days = daysBetweenDates(from, to);
      client.setQueriesData<AgendaData>({ queryKey: ['calendar', 'agenda'] }, (data) =>
        data ? { items: data.items.map((i) => (sameItem(i, item) ? shifted(i, days) : i)) } : data,
      );
      return { snapshot };
    },
    onError: (error, _move, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data);
      toast.error(error.message);
    },
    onSuccess: async (_saved, { item, to }) => {
      void client.invalidateQueries({ queryKey: taskKeys.all });
      if (item.type !== 'task') return;
      for (let attempt = 0; attempt < 20; attempt++) {
        const answer = await unwrap(http.GET('/api/v1/agenda', { params: { query: { from: to, to } } })).catch(
          () => null,
        );
        if (answer?.items.some((i) => i.type === 'task' && i.id === item.id)) return;
        await wait(250);
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
