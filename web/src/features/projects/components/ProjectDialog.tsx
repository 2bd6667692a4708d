// Create a project, or edit one: name, color, parent, favorite; archive and delete for those allowed.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { COLORS, type Project } from '../../../api/types';
import { flatten, projectTree } from '../../../lib/tree';
import { Dialog } from '../../../shared/Dialog';
import { useArchiveProject, useCreateProject, useDeleteProject, useProjects, useUpdateProject } from '../api/projects';

export function ProjectDialog({ project, onClose }: { project?: Project; onClose: () => void }) {
  const [name, setName] = useState(project?.name ?? '');
  const [color, setColor] = useState(project?.color ?? 'charcoal');
  const [parentId, setParentId] = useState(project?.parentId ?? '');
  const [favorite, setFavorite] = useState(project?.favorite ?? false);
  const projects = useProjects().data ?? [];
  const navigate = useNavigate();
  const create = useCreateProject();
  const update = useUpdateProject();
  const archive = useArchiveProject();
  const remove = useDeleteProject();
  const changes = [create, update, archive, remove];
  const busy = changes.some((c) => c.isPending);
  const error = changes.find((c) => c.error)?.error?.message ?? null;
  const parents = flatten(projectTree(projects)).filter(
    (n) => n.depth < 3 && n.project.id !== project?.id && (n.project.role === 'owner' || n.project.role === 'admin'),
  );
  const leave = () => {
    onClose();
    navigate('/today');
  };
  const save = () => {
    if (project) {
      const parentChanged = parentId !== (project.parentId ?? '');
      update.mutate(
        {
          id: project.id,
          changes: { name: name.trim(), color, favorite, ...(parentChanged ? { parentId: parentId || null } : {}) },
        },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(
        { name: name.trim(), color, favorite, ...(parentId ? { parentId } : {}) },
        {
          onSuccess: (created) => {
            onClose();
            navigate(`/projects/${created.id}`);
          },
        },
      );
    }
  };
  return (
    <Dialog title={project ? 'Edit project' : 'Add project'} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} autoFocus />
        </label>
        <label>
          Color
          <select value={color} onChange={(e) => setColor(e.target.value)}>
            {COLORS.map((c) => (
              <option key={c} value={c}>
                {c.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Parent project
          <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">No parent</option>
            {parents.map((n) => (
              <option key={n.project.id} value={n.project.id}>
                {'\u00a0\u00a0'.repeat(n.depth)}
                {n.project.name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={favorite} onChange={(e) => setFavorite(e.target.checked)} /> Favorite
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          {project && (
            <>
              <button type="button" disabled={busy} onClick={() => archive.mutate(project.id, { onSuccess: leave })}>
                Archive
              </button>
              {project.role === 'owner' && (
                <button
                  type="button"
                  className="danger"
                  disabled={busy}
                  onClick={() =>
                    confirm(`Delete "${project.name}" with all its tasks and sub-projects?`) &&
                    remove.mutate(project.id, { onSuccess: leave })
                  }
                >
                  Delete
                </button>
              )}
            </>
          )}
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {project ? 'Save' : 'Add project'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
