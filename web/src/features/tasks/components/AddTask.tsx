// The inline "Add task" row of a list or section; what it creates lands in the list after the server's answer.
import { useState } from 'react';
import type { CreateTask } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { useCreateTask } from '../api/tasks';

export function AddTask({ defaults, label = 'Add task' }: { defaults: Omit<CreateTask, 'title'>; label?: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const create = useCreateTask();
  const toast = useToast();
  if (!open) {
    return (
      <button type="button" className="add-task" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> {label}
      </button>
    );
  }
  const submit = () => {
    if (!title.trim()) return;
    create.mutate(
      { ...defaults, title: title.trim() },
      { onSuccess: () => setTitle(''), onError: (e) => toast.error(e.message) },
    );
  };
  return (
    <form
      className="add-task-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <input
        autoFocus
        aria-label="Task name"
        placeholder="Task name"
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      />
      <button type="submit" className="primary" disabled={create.isPending || !title.trim()}>
        Add
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
