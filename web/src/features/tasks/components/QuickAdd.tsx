// Quick add (key q): one line in the task language; the server's live preview marks what it recognised.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { ApiError } from '../api/problem';
import type { QuickAddPreview } from '../api/types';
import { segments, withProject } from '../lib/highlight';
import { keys, useMe } from '../app/queries';
import { useToast } from '../app/toast';
import { Dialog } from './Dialog';
import { PRIORITY_LABEL } from './TaskItem';
import { dueChip } from '../lib/dates';

export function QuickAdd({ onClose, project }: { onClose: () => void; project?: string }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ text: string; value: QuickAddPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const toast = useToast();
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!text.trim()) {
      setPreview(null);
      setError(null);
      return;
    }
    const timer = window.setTimeout(async () => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      try {
        const value = await api.quickPreview(withProject(text, project), controller.signal);
        setPreview({ text, value });
        setError(null);
      } catch (e) {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiError ? e.message : null);
      }
    }, 150);
    return () => window.clearTimeout(timer);
  }, [text, project]);

  const submit = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      const task = await api.quickAdd(withProject(text, project));
      await client.invalidateQueries({ queryKey: keys.tasks });
      await client.invalidateQueries({ queryKey: keys.labels });
      toast.info(`Added “${task.title}”.`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const shown = preview && preview.text === text ? preview.value : null;
  return (
    <Dialog title="Quick add" onClose={onClose} className="quick-add">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label className="sr-only" htmlFor="quick-add-input">Task to add</label>
        <input id="quick-add-input" className="quick-input" autoFocus autoComplete="off" value={text} maxLength={1000}
          placeholder="Call Bob tomorrow 5pm p1 #Work @phone" onChange={(e) => setText(e.target.value)} aria-describedby="quick-preview quick-help" />
        <div id="quick-preview" className="quick-preview" aria-live="polite">
          {shown ? (
            <>
              <p className="highlighted" data-testid="quick-highlight">
                {segments(text, shown.tokens).map((s, i) => (s.kind ? <mark key={i} className={`token token-${s.kind}`} data-kind={s.kind}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
              </p>
              <p className="preview-chips">
                <span className="chip"><strong>{shown.title || '(no title yet)'}</strong></span>
                {shown.due && <span className="chip chip-due">{dueChip(shown.due, new Date(), timeZone).text}</span>}
                {shown.priority !== 'LOW' && <span className="chip chip-priority">{PRIORITY_LABEL[shown.priority]}</span>}
                <span className="chip chip-project"># {shown.projectName ?? 'Inbox'}{shown.sectionName ? ` / ${shown.sectionName}` : ''}</span>
                {shown.labels.map((l) => <span key={l} className="chip chip-label">@{l}</span>)}
                {shown.assigneeEmail && <span className="chip">👤 {shown.assigneeEmail}</span>}
              </p>
            </>
          ) : <p className="muted small">Type a task; dates, times, p1–p4, #project, /section, @label and +email are recognised.</p>}
        </div>
        {error && <p className="form-error" role="alert">{error}</p>}
        <p id="quick-help" className="hint">Enter adds the task, Escape closes.</p>
        <div className="form-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>Add task</button>
        </div>
      </form>
    </Dialog>
  );
}
