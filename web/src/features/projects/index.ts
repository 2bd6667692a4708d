// The projects feature's public face.
export {
  projectKeys,
  useArchivedProjects,
  useCreateProject,
  useInbox,
  useProjects,
  useToggleFavorite,
  useUnarchiveProject,
} from './api/projects';
export { ProjectDialog } from './components/ProjectDialog';
