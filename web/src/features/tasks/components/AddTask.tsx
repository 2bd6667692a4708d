// The inline "Add task" row of a list or section; what it creates lands in the list after the server's answer.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CreateTask } from '../api/types';
import { keys } from '../app/queries';
import { useToast } from '../app/toast';

export function AddTask({ defaults, label = 'Add task' }: { defaults: Omit<CreateTask, 'title'>; label?: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const toast = useToast();
  if (!open) {
    return (
      <button type="button" className="add-task" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> {label}
      </button>
    );
  }
  const submit = async () => {
    if (!title.trim()) return;
    setBusy(true);
    try {
      await api.createTask({ ...defaults, title: title.trim() });
      setTitle('');
      await client.invalidateQueries({ queryKey: keys.tasks });
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="add-task-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
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
      <button type="submit" className="primary" disabled={busy || !title.trim()}>Add</button>
      <button type="button" onClick={() => setOpen(false)}>Cancel</button>
    </form>
  );
}
