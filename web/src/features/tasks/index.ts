// The tasks feature's public face: the task screens, the pieces other features list tasks with, and labels.
export { useCreateLabel, useDeleteLabel, useLabels } from './api/labels';
export { taskKeys, useTaskList, type TaskQuery } from './api/tasks';
export { Completed } from './components/Completed';
export { ProjectPage } from './components/ProjectView';
export { QuickAdd } from './components/QuickAdd';
export { TaskDetail } from './components/TaskDetail';
export { TaskList } from './components/TaskList';
export { allOf, LoadMore, Today, Upcoming, useListContext } from './components/Views';
