// A project: its tasks as a list grouped by section, or as a board whose columns are its sections or the
// task statuses. Dragging a card writes the task's section (a move) or status, and its position.
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import type { Project as ProjectT, Section, Status, Task } from '../../../api/types';
import { STATUSES } from '../../../api/types';
import { ListState } from '../../../shared/ListState';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import { CommentThread } from '../../comments';
import { useMembers } from '../../people';
import { ProjectDialog, useProjects, useToggleFavorite } from '../../projects';
import { useCreateSection, useDeleteSection, useRenameSection, useSections } from '../api/sections';
import { positionBetween } from '../api/taskCache';
import { useMoveTask, useTaskList, useUpdateTask, type TaskQuery } from '../api/tasks';
import { AddTask } from './AddTask';
import { TaskChips } from './TaskItem';
import { TaskList, type ListContext } from './TaskList';

const SORTS: NonNullable<TaskQuery['sort']>[] = ['position', 'due', 'priority', 'urgency', 'created'];
const sortOf = (value: string | undefined) => SORTS.find((s) => s === value) ?? 'position';

const STATUS_NAMES: Record<Status, string> = {
  PENDING: 'To do',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Done',
  CANCELLED: 'Cancelled',
};

export function ProjectPage({ inbox }: { inbox?: boolean }) {
  const params = useParams();
  const projects = useProjects();
  const project = inbox
    ? projects.data?.find((p) => p.inbox && p.role === 'owner')
    : projects.data?.find((p) => p.id === params.id);
  const [search, setSearch] = useSearchParams();
  const view = search.get('view');
  const layout = view === 'board' ? 'board' : view === 'discussion' && !inbox ? 'discussion' : 'list';
  const groupBy = search.get('group') === 'status' ? 'status' : 'section';
  const setView = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next, { replace: true });
  };
  if (projects.isPending)
    return (
      <p className="state state-loading" aria-busy="true">
        Loading…
      </p>
    );
  if (!project) {
    return (
      <section className="view">
        <h1>Project not found</h1>
        <p>
          It may have been deleted or archived, or you are no longer a member. <Link to="/today">Go to Today</Link>
        </p>
      </section>
    );
  }
  return <ProjectBody key={project.id} project={project} layout={layout} groupBy={groupBy} setView={setView} />;
}

function ProjectBody({
  project,
  layout,
  groupBy,
  setView,
}: {
  project: ProjectT;
  layout: 'list' | 'board' | 'discussion';
  groupBy: 'section' | 'status';
  setView: (k: string, v: string) => void;
}) {
  const me = useMe().data;
  const sections = useSections(project.id);
  const members = useMembers(project.id);
  const sort = layout === 'list' ? sortOf(me?.defaultTaskSort) : 'position';
  const showAll = layout === 'board' && groupBy === 'status';
  const list = useTaskList(
    { projectId: project.id, sort, ...(showAll ? { status: STATUSES } : {}) },
    layout !== 'discussion',
  );
  const tasks = (list.data?.pages ?? []).flatMap((p) => p.items);
  const canWrite = project.role !== 'viewer';
  const canAdmin = project.role === 'owner' || project.role === 'admin';
  const [editing, setEditing] = useState(false);
  const people = useMemo(
    () => new Map((members.data ?? []).map((m) => [m.userId, m.name ?? m.email ?? 'member'])),
    [members.data],
  );
  const ctx: ListContext = { timeZone: me?.timezone ?? 'UTC', people };
  return (
    <section className="view project-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">
          <span className={`dot color-${project.color}`} aria-hidden="true" />
          {project.name}
        </h1>
        <div className="view-tools">
          <div className="segmented" role="group" aria-label="View">
            <button type="button" aria-pressed={layout === 'list'} onClick={() => setView('view', 'list')}>
              List
            </button>
            <button type="button" aria-pressed={layout === 'board'} onClick={() => setView('view', 'board')}>
              Board
            </button>
            {!project.inbox && (
              <button
                type="button"
                aria-pressed={layout === 'discussion'}
                onClick={() => setView('view', 'discussion')}
              >
                Discussion
              </button>
            )}
          </div>
          {layout === 'board' && (
            <label className="compact">
              Columns
              <select value={groupBy} onChange={(e) => setView('group', e.target.value)}>
                <option value="section">Sections</option>
                <option value="status">Status</option>
              </select>
            </label>
          )}
          {!project.inbox && (
            <Link className="button" to={`/projects/${project.id}/members`}>
              Members{members.data ? ` (${members.data.length})` : ''}
            </Link>
          )}
          {!project.inbox && canAdmin && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {!project.inbox && <FavoriteToggle project={project} />}
        </div>
      </header>
      {project.description && <p className="project-description">{project.description}</p>}
      {layout === 'discussion' ? (
        <section className="discussion" aria-label={`${project.name} discussion`}>
          <CommentThread
            thread={{ projectId: project.id }}
            projectId={project.id}
            emptyText="No discussion yet: anything about the project as a whole goes here."
          />
        </section>
      ) : (
        <>
          <ListState
            loading={list.isPending || sections.isPending}
            error={list.error ?? sections.error}
            empty={false}
            emptyText=""
          >
            {layout === 'list' ? (
              <ListLayout
                project={project}
                sections={sections.data ?? []}
                tasks={tasks}
                ctx={ctx}
                canWrite={canWrite}
              />
            ) : (
              <Board
                project={project}
                sections={sections.data ?? []}
                tasks={tasks}
                ctx={ctx}
                groupBy={groupBy}
                canWrite={canWrite}
              />
            )}
            {list.hasNextPage && (
              <button type="button" className="load-more" onClick={() => list.fetchNextPage()}>
                Load more
              </button>
            )}
          </ListState>
          {canWrite && <AddSection projectId={project.id} />}
        </>
      )}
      {editing && <ProjectDialog project={project} onClose={() => setEditing(false)} />}
    </section>
  );
}

function FavoriteToggle({ project }: { project: ProjectT }) {
  const toggle = useToggleFavorite();
  const toast = useToast();
  return (
    <button
      type="button"
      aria-pressed={project.favorite}
      aria-label={project.favorite ? 'Remove from favorites' : 'Add to favorites'}
      onClick={() => toggle.mutate(project, { onError: (e) => toast.error(e.message) })}
    >
      {project.favorite ? '★' : '☆'}
    </button>
  );
}

function ListLayout({
  project,
  sections,
  tasks,
  ctx,
  canWrite,
}: {
  project: ProjectT;
  sections: Section[];
  tasks: Task[];
  ctx: ListContext;
  canWrite: boolean;
}) {
  const unsectioned = tasks.filter((t) => !t.sectionId);
  const empty = tasks.length === 0 && sections.length === 0;
  return (
    <>
      {empty && (
        <div className="state state-empty">
          <p className="empty-title">No tasks yet.</p>
          <p>
            Add one below, or press <kbd>q</kbd>.
          </p>
        </div>
      )}
      <TaskList tasks={unsectioned} ctx={ctx} />
      {canWrite && <AddTask defaults={{ projectId: project.id }} />}
      {sections.map((s) => (
        <section key={s.id} className="section-block" aria-label={s.name}>
          <SectionHeader section={s} canWrite={canWrite} />
          <TaskList tasks={tasks.filter((t) => t.sectionId === s.id)} ctx={ctx} />
          {canWrite && <AddTask defaults={{ projectId: project.id, sectionId: s.id }} />}
        </section>
      ))}
    </>
  );
}

function SectionHeader({ section, canWrite }: { section: Section; canWrite: boolean }) {
  const toast = useToast();
  const rename = useRenameSection(section.projectId);
  const remove = useDeleteSection(section.projectId);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(section.name);
  const reported = { onError: (e: Error) => toast.error(e.message) };
  if (renaming) {
    return (
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setRenaming(false);
          rename.mutate({ id: section.id, name: name.trim() }, reported);
        }}
      >
        <input
          aria-label="Section name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          maxLength={120}
        />
        <button type="submit" className="primary">
          Save
        </button>
      </form>
    );
  }
  return (
    <h2 className="section-title">
      {section.name}
      {canWrite && (
        <span className="section-tools">
          <button
            type="button"
            className="link"
            onClick={() => setRenaming(true)}
            aria-label={`Rename section ${section.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="link danger"
            aria-label={`Delete section ${section.name}`}
            onClick={() =>
              confirm(`Delete section "${section.name}"? Its tasks stay in the project.`) &&
              remove.mutate(section.id, reported)
            }
          >
            Delete
          </button>
        </span>
      )}
    </h2>
  );
}

function AddSection({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const create = useCreateSection(projectId);
  const toast = useToast();
  if (!open)
    return (
      <button type="button" className="add-section" onClick={() => setOpen(true)}>
        + Add section
      </button>
    );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(name.trim(), {
          onSuccess: () => {
            setName('');
            setOpen(false);
          },
          onError: (err) => toast.error(err.message),
        });
      }}
    >
      <input
        aria-label="Section name"
        placeholder="Section name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus
        maxLength={120}
        required
      />
      <button type="submit" className="primary" disabled={!name.trim()}>
        Add section
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

type Column = { id: string; title: string; tasks: Task[] };

function Board({
  project,
  sections,
  tasks,
  ctx,
  groupBy,
  canWrite,
}: {
  project: ProjectT;
  sections: Section[];
  tasks: Task[];
  ctx: ListContext;
  groupBy: 'section' | 'status';
  canWrite: boolean;
}) {
  const move = useMoveTask();
  const update = useUpdateTask();
  const top = tasks.filter((t) => !t.parentId);
  const byPos = (a: Task, b: Task) => a.position - b.position || a.id.localeCompare(b.id);
  const columns: Column[] =
    groupBy === 'section'
      ? [
          { id: 'none', title: 'No section', tasks: top.filter((t) => !t.sectionId) },
          ...sections.map((s) => ({ id: s.id, title: s.name, tasks: top.filter((t) => t.sectionId === s.id) })),
        ]
      : STATUSES.map((s) => ({ id: s, title: STATUS_NAMES[s], tasks: top.filter((t) => t.status === s) }));
  columns.forEach((c) => c.tasks.sort(byPos));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  );

  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over) return;
    const task = tasks.find((t) => t.id === e.active.id);
    if (!task) return;
    const overId = String(e.over.id);
    const column = columns.find((c) => c.id === overId) ?? columns.find((c) => c.tasks.some((t) => t.id === overId));
    if (!column) return;
    const others = column.tasks.filter((t) => t.id !== task.id);
    const index = overId === column.id ? others.length : others.findIndex((t) => t.id === overId);
    const position =
      positionBetween(others[index - 1]?.position, others[index]?.position) ??
      (others[others.length - 1]?.position ?? 0) + 1024;
    if (groupBy === 'section') {
      const sectionId = column.id === 'none' ? null : column.id;
      if (sectionId !== task.sectionId)
        move.mutate(
          { task, sectionId, parentId: null },
          { onSuccess: (moved) => update.mutate({ task: moved, patch: { position } }) },
        );
      else if (position !== task.position) update.mutate({ task, patch: { position } });
    } else if (column.id !== task.status || position !== task.position) {
      const status = STATUSES.find((s) => s === column.id);
      if (status) update.mutate({ task, patch: { status, position } });
    }
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd}>
      <div className="board" role="list" aria-label={`${project.name} board`}>
        {columns.map((c) => (
          <BoardColumn key={c.id} column={c} ctx={ctx} canWrite={canWrite} project={project} groupBy={groupBy} />
        ))}
      </div>
    </DndContext>
  );
}

function BoardColumn({
  column,
  ctx,
  canWrite,
  project,
  groupBy,
}: {
  column: Column;
  ctx: ListContext;
  canWrite: boolean;
  project: ProjectT;
  groupBy: 'section' | 'status';
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  return (
    <section
      ref={setNodeRef}
      className={`board-column ${isOver ? 'is-over' : ''}`}
      role="listitem"
      aria-label={column.title}
      data-column={column.title}
    >
      <h2 className="column-title">
        {column.title} <span className="muted">{column.tasks.length}</span>
      </h2>
      <ul className="cards">
        {column.tasks.map((t) => (
          <Card key={t.id} task={t} ctx={ctx} canWrite={canWrite} />
        ))}
      </ul>
      {canWrite && groupBy === 'section' && (
        <AddTask defaults={{ projectId: project.id, ...(column.id !== 'none' ? { sectionId: column.id } : {}) }} />
      )}
    </section>
  );
}

function Card({ task, ctx, canWrite }: { task: Task; ctx: ListContext; canWrite: boolean }) {
  const {
    attributes,
    listeners,
    setNodeRef: dragRef,
    transform,
    isDragging,
  } = useDraggable({ id: task.id, disabled: !canWrite });
  const { setNodeRef: dropRef } = useDroppable({ id: task.id });
  const navigate = useNavigate();
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 10 } : undefined;
  return (
    <li ref={dropRef}>
      <div
        ref={dragRef}
        style={style}
        className={`card priority-${task.priority.toLowerCase()} ${isDragging ? 'is-dragging' : ''}`}
        data-task-id={task.id}
        {...listeners}
        {...attributes}
        aria-roledescription="draggable task"
        aria-label={task.title}
        onClick={() => !isDragging && navigate(`?task=${task.id}`)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !isDragging) navigate(`?task=${task.id}`);
          else listeners?.onKeyDown?.(e);
        }}
      >
        <span className="card-title">{task.title}</span>
        <TaskChips
          task={task}
          timeZone={ctx.timeZone}
          assignee={task.assigneeId ? ctx.people?.get(task.assigneeId) : undefined}
        />
      </div>
    </li>
  );
}
