// One task in a list: its checkbox and the chips that say when, how important, where and for whom.
import { Link, useSearchParams } from 'react-router';
import type { Project, Task } from '../../../api/types';
import { dueChip } from '../../../lib/dates';
import { RepeatMark, splitRecurrence } from '../../../shared/recurrence';
import { useReopenTask } from '../api/tasks';
import { useComplete } from './complete';

export const PRIORITY_LABEL = { URGENT: 'P1', HIGH: 'P2', MEDIUM: 'P3', LOW: 'P4' } as const;

export function TaskChips({
  task,
  timeZone,
  project,
  assignee,
}: {
  task: Task;
  timeZone: string;
  project?: Project;
  assignee?: string;
}) {
  const due = task.due ? dueChip(task.due, new Date(), timeZone) : null;
  return (
    <span className="chips">
      {due && (
        <span className={`chip chip-due chip-${due.state}`} title="Due">
          {due.text}
          {task.due?.isRecurring && (
            <>
              {' '}
              <RepeatMark
                rule={task.due.recurrence && splitRecurrence(task.due.recurrence).rule}
                start={task.due.date}
              />
            </>
          )}
        </span>
      )}
      {task.deadline && (
        <span className="chip chip-deadline" title="Deadline">
          ⚑ {task.deadline}
        </span>
      )}
      {task.priority !== 'LOW' && (
        <span className={`chip chip-priority chip-${task.priority.toLowerCase()}`} title="Priority">
          {PRIORITY_LABEL[task.priority]}
        </span>
      )}
      {task.labels.map((l) => (
        <Link
          key={l}
          className="chip chip-label"
          to={`/labels/${encodeURIComponent(l)}`}
          onClick={(e) => e.stopPropagation()}
        >
          @{l}
        </Link>
      ))}
      {task.openSubtasks > 0 && (
        <span className="chip" title="Open subtasks">
          ◷ {task.openSubtasks}
        </span>
      )}
      {task.commentCount > 0 && (
        <span className="chip chip-comments" title="Comments">
          <span aria-hidden="true">💬</span> {task.commentCount}
          <span className="sr-only"> {task.commentCount === 1 ? 'comment' : 'comments'}</span>
        </span>
      )}
      {assignee && (
        <span className="chip chip-assignee" title="Assignee">
          👤 {assignee}
        </span>
      )}
      {project && (
        <span className="chip chip-project" title="Project">
          # {project.name}
        </span>
      )}
    </span>
  );
}

export function TaskItem({
  task,
  timeZone,
  project,
  assignee,
  readOnly,
}: {
  task: Task;
  timeZone: string;
  project?: Project;
  assignee?: string;
  readOnly?: boolean;
}) {
  const complete = useComplete(timeZone);
  const reopen = useReopenTask();
  const [params, setParams] = useSearchParams();
  const done = task.status === 'COMPLETED';
  const open = () => {
    const next = new URLSearchParams(params);
    next.set('task', task.id);
    setParams(next);
  };
  return (
    <div
      className={`task-item priority-${task.priority.toLowerCase()} ${done ? 'is-done' : ''} ${task.status === 'CANCELLED' ? 'is-cancelled' : ''}`}
      data-task-id={task.id}
    >
      <input
        type="checkbox"
        className="task-check"
        checked={done}
        disabled={readOnly}
        aria-label={`${done ? 'Reopen' : 'Complete'} ${task.title}`}
        onChange={() => (done ? reopen.mutate(task) : complete(task))}
      />
      <button type="button" className="task-main" onClick={open}>
        <span className="task-title">{task.title}</span>
        {task.description && <span className="task-description">{task.description.split('\n')[0]}</span>}
      </button>
      <TaskChips task={task} timeZone={timeZone} project={project} assignee={assignee} />
    </div>
  );
}
