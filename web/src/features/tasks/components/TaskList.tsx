// A list of tasks with their subtasks indented.
import type { Project, Task } from '../../../api/types';
import { taskTree, type TaskNode } from '../../../lib/tree';
import { TaskItem } from './TaskItem';

export type ListContext = {
  timeZone: string;
  projects?: Map<string, Project>;
  people?: Map<string, string>;
  showProject?: boolean;
};

function Nodes({ nodes, ctx }: { nodes: TaskNode[]; ctx: ListContext }) {
  return (
    <ul className="task-list">
      {nodes.map(({ task, children }) => {
        const project = ctx.projects?.get(task.projectId);
        return (
          <li key={task.id}>
            <TaskItem
              task={task}
              timeZone={ctx.timeZone}
              project={ctx.showProject ? project : undefined}
              assignee={task.assigneeId ? (ctx.people?.get(task.assigneeId) ?? 'assigned') : undefined}
              readOnly={project?.role === 'viewer'}
            />
            {children.length > 0 && <Nodes nodes={children} ctx={ctx} />}
          </li>
        );
      })}
    </ul>
  );
}

export function TaskList({ tasks, ctx, nest = true }: { tasks: Task[]; ctx: ListContext; nest?: boolean }) {
  const nodes = nest ? taskTree(tasks) : tasks.map((task) => ({ task, children: [] }));
  return <Nodes nodes={nodes} ctx={ctx} />;
}
