// Projects as the sidebar shows them (favorites first, then the tree), and tasks with their subtasks.
import type { Project, Task } from '../api/types';

export type ProjectNode = { project: Project; depth: number; children: ProjectNode[] };

const byName = (a: Project, b: Project) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** The non-Inbox projects as a tree; a project whose parent I cannot see sits at the top level. */
export function projectTree(projects: Project[]): ProjectNode[] {
  const visible = projects.filter((p) => !p.inbox);
  const ids = new Set(visible.map((p) => p.id));
  const children = new Map<string | null, Project[]>();
  for (const p of visible) {
    const parent = p.parentId && ids.has(p.parentId) ? p.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  const build = (parent: string | null, depth: number): ProjectNode[] =>
    (children.get(parent) ?? [])
      .sort(byName)
      .map((project) => ({ project, depth, children: build(project.id, depth + 1) }));
  return build(null, 0);
}

/** The tree in display order, depth-first. */
export function flatten(nodes: ProjectNode[]): ProjectNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export function favorites(projects: Project[]): Project[] {
  return projects.filter((p) => p.favorite && !p.inbox).sort(byName);
}

export type TaskNode = { task: Task; children: TaskNode[] };

/** Tasks nested under their parents, keeping the given order among siblings; orphans stay at the top. */
export function taskTree(tasks: Task[]): TaskNode[] {
  const ids = new Set(tasks.map((t) => t.id));
  const nodes = new Map(tasks.map((t) => [t.id, { task: t, children: [] as TaskNode[] }]));
  const roots: TaskNode[] = [];
  for (const t of tasks) {
    const node = nodes.get(t.id)!;
    if (t.parentId && ids.has(t.parentId)) nodes.get(t.parentId)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}
