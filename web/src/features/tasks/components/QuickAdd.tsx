// Quick add (key q): one line in the task language; the server's live preview marks what it recognised.
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/problem';
import { dueChip } from '../../../lib/dates';
import { segments, withProject } from '../../../lib/highlight';
import { Dialog } from '../../../shared/Dialog';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import { useQuickAdd, useQuickAddPreview } from '../api/tasks';
import { PRIORITY_LABEL } from './TaskItem';

/** The value once it has stopped changing for `ms`: the preview is asked for when the typing pauses. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function QuickAdd({ onClose, project }: { onClose: () => void; project?: string }) {
  const [text, setText] = useState('');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const toast = useToast();
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const quickAdd = useQuickAdd();
  const settled = useSettled(text, 150);
  const preview = useQuickAddPreview(withProject(settled, project));
  const previewError = preview.error instanceof ApiError ? preview.error.message : null;
  const error = submitError ?? (text.trim() ? previewError : null);

  const submit = () => {
    if (!text.trim()) return;
    setSubmitError(null);
    quickAdd.mutate(withProject(text, project), {
      onSuccess: (task) => {
        toast.info(`Added “${task.title}”.`);
        onClose();
      },
      onError: (e) => setSubmitError(e.message),
    });
  };

  // The highlighting marks the line it was asked for: only that line's preview is shown.
  const shown = text.trim() !== '' && settled === text && !preview.isPlaceholderData ? (preview.data ?? null) : null;
  return (
    <Dialog title="Quick add" onClose={onClose} className="quick-add">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="sr-only" htmlFor="quick-add-input">
          Task to add
        </label>
        <input
          id="quick-add-input"
          className="quick-input"
          autoFocus
          autoComplete="off"
          value={text}
          maxLength={1000}
          placeholder="Call Bob tomorrow 5pm p1 #Work @phone"
          onChange={(e) => {
            setText(e.target.value);
            setSubmitError(null);
          }}
          aria-describedby="quick-preview quick-help"
        />
        <div id="quick-preview" className="quick-preview" aria-live="polite">
          {shown ? (
            <>
              <p className="highlighted" data-testid="quick-highlight">
                {segments(text, shown.tokens).map((s, i) =>
                  s.kind ? (
                    <mark key={i} className={`token token-${s.kind}`} data-kind={s.kind}>
                      {s.text}
                    </mark>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </p>
              <p className="preview-chips">
                <span className="chip">
                  <strong>{shown.title || '(no title yet)'}</strong>
                </span>
                {shown.due && <span className="chip chip-due">{dueChip(shown.due, new Date(), timeZone).text}</span>}
                {shown.priority && shown.priority !== 'LOW' && (
                  <span className="chip chip-priority">{PRIORITY_LABEL[shown.priority]}</span>
                )}
                <span className="chip chip-project">
                  # {shown.projectName ?? 'Inbox'}
                  {shown.sectionName ? ` / ${shown.sectionName}` : ''}
                </span>
                {shown.labels.map((l) => (
                  <span key={l} className="chip chip-label">
                    @{l}
                  </span>
                ))}
                {shown.assigneeEmail && <span className="chip">👤 {shown.assigneeEmail}</span>}
              </p>
            </>
          ) : (
            <p className="muted small">
              Type a task; dates, times, p1–p4, #project, /section, @label and +email are recognised.
            </p>
          )}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <p id="quick-help" className="hint">
          Enter adds the task, Escape closes.
        </p>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={quickAdd.isPending || !text.trim()}>
            Add task
          </button>
        </div>
      </form>
    </Dialog>
  );
}
