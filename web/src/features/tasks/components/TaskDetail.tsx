// Everything about one task, edited in place: each change is saved at once (optimistically).
import { useState } from 'react';
import { PRIORITIES, STATUSES, type Task, type UpdateTask } from '../../../api/types';
import { dueFromInputs, inputsFromDue, localDate } from '../../../lib/dates';
import { Dialog } from '../../../shared/Dialog';
import { RecurrencePicker, splitRecurrence } from '../../../shared/recurrence';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import { CommentThread } from '../../comments';
import { TaskReminders } from '../../notifications';
import { useMembers } from '../../people';
import { useProjects } from '../../projects';
import { useLabels } from '../api/labels';
import { useSections } from '../api/sections';
import {
  useCloseTask,
  useAdjustCommentCount,
  useDeleteTask,
  useMoveTask,
  useReopenTask,
  useTask,
  useTaskList,
  useUpdateTask,
} from '../api/tasks';
import { closedText } from './complete';
import { PRIORITY_LABEL } from './TaskItem';
import { TaskList } from './TaskList';
import { AddTask } from './AddTask';

const STATUS_TEXT = {
  PENDING: 'To do',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
} as const;

export function TaskDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const task = useTask(id);
  return (
    <Dialog title="Task" onClose={onClose} className="task-detail">
      {task.isPending ? (
        <p className="state" aria-busy="true">
          Loading…
        </p>
      ) : task.error ? (
        <p className="state state-error" role="alert">
          {task.error.message}
        </p>
      ) : (
        <Editor key={`${task.data.id}`} task={task.data} onClose={onClose} />
      )}
    </Dialog>
  );
}

function Editor({ task, onClose }: { task: Task; onClose: () => void }) {
  const me = useMe().data;
  const timeZone = me?.timezone ?? 'UTC';
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const move = useMoveTask();
  const close = useCloseTask();
  const reopen = useReopenTask();
  // What the last Complete did, said here (the toasts sit behind this modal): "Next: Tue 1 Dec", with Undo.
  const [closed, setClosed] = useState<{ text: string; task: Task } | null>(null);
  const projects = useProjects().data ?? [];
  const project = projects.find((p) => p.id === task.projectId);
  const sections = useSections(task.projectId).data ?? [];
  const members = useMembers(task.projectId).data ?? [];
  const labels = useLabels().data ?? [];
  const subtasks = useTaskList({ parentId: task.id, status: STATUSES });
  const toast = useToast();
  const adjustCommentCount = useAdjustCommentCount();
  const readOnly = project?.role === 'viewer';
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description ?? '');
  const [newLabel, setNewLabel] = useState('');
  const initial = inputsFromDue(task.due, timeZone);
  const [dueDate, setDueDate] = useState(initial.date);
  const [dueTime, setDueTime] = useState(initial.time);
  // A due changed elsewhere (a recurring task closed: its next occurrence) replaces what the inputs show.
  const dueKey = `${task.due?.date ?? ''}|${task.due?.datetime ?? ''}`;
  const [savedDue, setSavedDue] = useState(dueKey);
  if (dueKey !== savedDue) {
    setSavedDue(dueKey);
    setDueDate(initial.date);
    setDueTime(initial.time);
  }
  const rule = task.due?.recurrence ? splitRecurrence(task.due.recurrence).rule || null : null;
  const today = localDate(new Date(), timeZone);
  // A title saved elsewhere (or by this editor) replaces what the field shows.
  const [savedTitle, setSavedTitle] = useState(task.title);
  if (task.title !== savedTitle) {
    setSavedTitle(task.title);
    setTitle(task.title);
  }

  const patch = (p: UpdateTask) => update.mutate({ task, patch: p });
  /** The due from the inputs, keeping (or replacing) how it repeats; a recurring due without a date starts today. */
  const saveDue = (date: string, time: string, recurrence: string | null = rule) => {
    const base = dueFromInputs(recurrence && !date ? today : date, time, timeZone);
    patch({
      due: base && recurrence ? { ...base, recurrence, fromCompletion: !!task.due?.fromCompletion } : base,
    });
  };
  const complete = () =>
    close.mutate(task, {
      onSuccess: (saved) => setClosed({ text: closedText(saved, timeZone), task: saved }),
    });
  const open = task.status === 'PENDING' || task.status === 'IN_PROGRESS';

  return (
    <div className="editor">
      <div className="editor-main">
        <label className="sr-only" htmlFor="task-title">
          Title
        </label>
        <input
          id="task-title"
          className="title-input"
          value={title}
          disabled={readOnly}
          maxLength={500}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => title.trim() && title.trim() !== task.title && patch({ title: title.trim() })}
        />
        <label htmlFor="task-description">Description</label>
        <textarea
          id="task-description"
          rows={4}
          value={description}
          disabled={readOnly}
          placeholder="Notes (Markdown)"
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => description !== (task.description ?? '') && patch({ description })}
        />
        <div className="status-actions" role="group" aria-label="Status">
          {open ? (
            <>
              <button type="button" className="primary" disabled={readOnly || close.isPending} onClick={complete}>
                Complete
              </button>
              {task.status === 'PENDING' ? (
                <button type="button" disabled={readOnly} onClick={() => patch({ status: 'IN_PROGRESS' })}>
                  Start
                </button>
              ) : (
                <button type="button" disabled={readOnly} onClick={() => patch({ status: 'PENDING' })}>
                  Stop
                </button>
              )}
              <button type="button" disabled={readOnly} onClick={() => patch({ status: 'CANCELLED' })}>
                Cancel task
              </button>
            </>
          ) : (
            <button
              type="button"
              disabled={readOnly}
              onClick={() => (task.status === 'COMPLETED' ? reopen.mutate(task) : patch({ status: 'PENDING' }))}
            >
              Reopen
            </button>
          )}
          <span className="muted">{STATUS_TEXT[task.status]}</span>
        </div>
        {closed && (
          <p className="closed-note" role="status">
            <span>{closed.text}</span>
            <button
              type="button"
              className="link"
              disabled={reopen.isPending}
              onClick={() => reopen.mutate(closed.task, { onSuccess: () => setClosed(null) })}
            >
              Undo
            </button>
          </p>
        )}
        <h3>Subtasks</h3>
        <TaskList tasks={(subtasks.data?.pages ?? []).flatMap((p) => p.items)} ctx={{ timeZone }} nest={false} />
        {!readOnly && (
          <AddTask
            label="Add subtask"
            defaults={{
              projectId: task.projectId,
              parentId: task.id,
              ...(task.sectionId ? { sectionId: task.sectionId } : {}),
            }}
          />
        )}
        <h3 id="task-comments">Comments{task.commentCount > 0 ? ` (${task.commentCount})` : ''}</h3>
        <section aria-labelledby="task-comments">
          <CommentThread
            thread={{ taskId: task.id }}
            projectId={task.projectId}
            onCountChange={(delta) => adjustCommentCount(task.id, delta)}
          />
        </section>
      </div>
      <aside className="editor-side">
        <div className="field">
          <label htmlFor="task-project">Project</label>
          <select
            id="task-project"
            value={task.projectId}
            disabled={readOnly}
            onChange={(e) => move.mutate({ task, projectId: e.target.value, sectionId: null, parentId: null })}
          >
            {projects
              .filter((p) => p.role !== 'viewer' || p.id === task.projectId)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="task-section">Section</label>
          <select
            id="task-section"
            value={task.sectionId ?? ''}
            disabled={readOnly || !!task.parentId}
            onChange={(e) => move.mutate({ task, sectionId: e.target.value || null })}
          >
            <option value="">No section</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="task-priority">Priority</label>
          <select
            id="task-priority"
            value={task.priority}
            disabled={readOnly}
            onChange={(e) => {
              const priority = PRIORITIES.find((p) => p === e.target.value);
              if (priority) patch({ priority });
            }}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABEL[p]} · {p.toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="due">
          <legend>Due</legend>
          <label className="sr-only" htmlFor="due-date">
            Due date
          </label>
          <input
            id="due-date"
            type="date"
            value={dueDate}
            disabled={readOnly}
            onChange={(e) => {
              setDueDate(e.target.value);
              if (e.target.value) saveDue(e.target.value, dueTime);
              else saveDue('', '', null);
            }}
          />
          <label className="sr-only" htmlFor="due-time">
            Due time
          </label>
          <input
            id="due-time"
            type="time"
            value={dueTime}
            disabled={readOnly || !dueDate}
            onChange={(e) => {
              setDueTime(e.target.value);
              saveDue(dueDate, e.target.value);
            }}
          />
          {dueDate && (
            <button
              type="button"
              className="link"
              disabled={readOnly}
              onClick={() => {
                setDueDate('');
                setDueTime('');
                saveDue('', '', null);
              }}
            >
              Clear
            </button>
          )}
          {task.due?.string && <p className="muted small due-words">“{task.due.string}”</p>}
        </fieldset>
        <RecurrencePicker
          value={rule}
          start={dueDate || today}
          disabled={readOnly}
          onChange={(next) => saveDue(dueDate, dueTime, next)}
          onCustomText={(words) => patch({ due: { string: words } })}
        />
        {rule && (
          <label className="check">
            <input
              type="checkbox"
              checked={!!task.due?.fromCompletion}
              disabled={readOnly}
              onChange={(e) => {
                const base = dueFromInputs(dueDate || today, dueTime, timeZone);
                if (base) patch({ due: { ...base, recurrence: rule, fromCompletion: e.target.checked } });
              }}
            />
            Next date counts from completion
          </label>
        )}
        <div className="field">
          <label htmlFor="task-deadline">Deadline</label>
          <input
            id="task-deadline"
            type="date"
            value={task.deadline ?? ''}
            disabled={readOnly}
            onChange={(e) => patch({ deadline: e.target.value || null })}
          />
        </div>
        <TaskReminders task={task} />
        <fieldset className="duration">
          <legend>Duration</legend>
          <DurationInput task={task} disabled={readOnly} onSave={(duration) => patch({ duration })} />
        </fieldset>
        <div className="field">
          <label htmlFor="task-assignee">Assignee</label>
          <select
            id="task-assignee"
            value={task.assigneeId ?? ''}
            disabled={readOnly}
            onChange={(e) => patch({ assigneeId: e.target.value || null })}
          >
            <option value="">Nobody</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name ?? m.email}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Labels</legend>
          <ul className="chips">
            {task.labels.map((l) => (
              <li key={l} className="chip chip-label">
                @{l}
                {!readOnly && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove label ${l}`}
                    onClick={() => patch({ labels: task.labels.filter((x) => x !== l) })}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!readOnly && (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                const name = newLabel.trim().replace(/^@/, '');
                if (name && !task.labels.includes(name)) patch({ labels: [...task.labels, name] });
                setNewLabel('');
              }}
            >
              <input
                aria-label="Add label"
                list="label-options"
                value={newLabel}
                onChange={(e) => setNewLabel(e.target.value)}
                placeholder="label"
                maxLength={60}
              />
              <datalist id="label-options">
                {labels.map((l) => (
                  <option key={l.id} value={l.name} />
                ))}
              </datalist>
              <button type="submit">Add</button>
            </form>
          )}
        </fieldset>
        <div className="form-actions">
          {!readOnly && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (!confirm(`Delete “${task.title}”${task.openSubtasks ? ' and its subtasks' : ''}?`)) return;
                remove.mutate(task, { onSuccess: () => toast.info('Task deleted.') });
                onClose();
              }}
            >
              Delete task
            </button>
          )}
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <p className="muted small">
          Added {new Date(task.createdAt).toLocaleString()}
          {task.completedAt ? ` · completed ${new Date(task.completedAt).toLocaleString()}` : ''}
        </p>
      </aside>
    </div>
  );
}

const UNITS = ['minute', 'day'] as const;
type Unit = (typeof UNITS)[number];
const unitOf = (value: string | undefined): Unit => UNITS.find((u) => u === value) ?? 'minute';

function DurationInput({
  task,
  disabled,
  onSave,
}: {
  task: Task;
  disabled: boolean;
  onSave: (d: { amount: number; unit: Unit } | null) => void;
}) {
  const [amount, setAmount] = useState(task.duration?.amount?.toString() ?? '');
  const [unit, setUnit] = useState<Unit>(unitOf(task.duration?.unit));
  const save = (a: string, u: Unit) => {
    const n = Number(a);
    if (!a) onSave(null);
    else if (Number.isInteger(n) && n >= 1 && n <= 100000) onSave({ amount: n, unit: u });
  };
  return (
    <>
      <label className="sr-only" htmlFor="duration-amount">
        Duration amount
      </label>
      <input
        id="duration-amount"
        type="number"
        min={1}
        max={100000}
        value={amount}
        disabled={disabled}
        onChange={(e) => setAmount(e.target.value)}
        onBlur={() => save(amount, unit)}
      />
      <label className="sr-only" htmlFor="duration-unit">
        Duration unit
      </label>
      <select
        id="duration-unit"
        value={unit}
        disabled={disabled}
        onChange={(e) => {
          const u = unitOf(e.target.value);
          setUnit(u);
          if (amount) save(amount, u);
        }}
      >
        <option value="minute">minutes</option>
        <option value="day">days</option>
      </select>
    </>
  );
}
