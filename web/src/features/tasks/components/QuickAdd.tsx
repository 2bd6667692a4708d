// Quick add (key q): one line in the task language; the server's live preview marks what it recognised.
// A #name that is none of my projects stays in the title (the server keeps it): the dialog offers to create the
// project first, or to add the line as it is. A line that could not be added leaves the input (shown with the
// reason and a way back to it), so the next line is never typed onto a failed one.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/problem';
import type { QuickAddPreview } from '../../../api/types';
import { dueChip } from '../../../lib/dates';
import { segments, withProject } from '../../../lib/highlight';
import { Dialog } from '../../../shared/Dialog';
import { describeRule, splitRecurrence } from '../../../shared/recurrence';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import { useCreateProject } from '../../projects';
import { unknownProjects, usePreviewNow, useQuickAdd, useQuickAddPreview, useWaitForProject } from '../api/tasks';
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

/** How a preview's due repeats, in words ("Every week on Mon, Wed"), or null. */
function repeatWords(preview: QuickAddPreview): string | null {
  const due = preview.due;
  if (!due?.isRecurring) return null;
  const rule = due.recurrence ? splitRecurrence(due.recurrence).rule : '';
  return rule ? describeRule(rule, due.date) : (due.string ?? 'Repeats');
}

const DEADLINE = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function QuickAdd({ onClose, project }: { onClose: () => void; project?: string }) {
  const [text, setText] = useState('');
  // The line that could not be added, with the reason: out of the input, one click from it.
  const [failed, setFailed] = useState<{ line: string; message: string } | null>(null);
  // The line whose #project names none of mine, once Enter was pressed on it: the choice is offered.
  const [asked, setAsked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const toast = useToast();
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const quickAdd = useQuickAdd();
  const createProject = useCreateProject();
  const previewNow = usePreviewNow();
  const waitForProject = useWaitForProject();
  const settled = useSettled(text, 150);
  const preview = useQuickAddPreview(withProject(settled, project));
  const previewError = preview.error instanceof ApiError ? preview.error.message : null;

  // The highlighting marks the line it was asked for: only that line's preview is shown.
  const shown = text.trim() !== '' && settled === text && !preview.isPlaceholderData ? (preview.data ?? null) : null;
  const unknown = shown ? unknownProjects(shown) : [];
  const missing = unknown[0] ?? null;

  useEffect(() => {
    if (asked !== null && asked === text && missing) createButton.current?.focus();
  }, [asked, text, missing]);

  /** Adds the line; whatever the outcome, the input is emptied (a failure keeps the line beside it). */
  const add = async (line: string, intoNewProject: string | null) => {
    setBusy(true);
    setFailed(null);
    const sent = withProject(line, project);
    try {
      if (intoNewProject) {
        await createProject.mutateAsync({ name: intoNewProject });
        await waitForProject(sent, intoNewProject);
      }
      const task = await quickAdd.mutateAsync(sent);
      toast.info(intoNewProject ? `Added “${task.title}” to ${intoNewProject}.` : `Added “${task.title}”.`);
      onClose();
    } catch (e) {
      setFailed({ line, message: e instanceof Error ? e.message : String(e) });
      setText('');
      setAsked(null);
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    const line = text;
    if (!line.trim() || busy) return;
    let names: string[] = [];
    try {
      names = unknownProjects(await previewNow(withProject(line, project)));
    } catch {
      // A line the preview cannot read is still sent: the server's answer says why it is refused.
    }
    if (names.length > 0) setAsked(line);
    else await add(line, null);
  };

  return (
    <Dialog title="Quick add" onClose={onClose} className="quick-add">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="sr-only" htmlFor="quick-add-input">
          Task to add
        </label>
        <input
          id="quick-add-input"
          ref={input}
          className="quick-input"
          autoFocus
          autoComplete="off"
          value={text}
          maxLength={1000}
          placeholder="Call Bob tomorrow 5pm p1 #Work @phone"
          readOnly={busy}
          onChange={(e) => {
            setText(e.target.value);
            setAsked(null);
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
                {shown.due && (
                  <span className="chip chip-due" data-testid="preview-due">
                    {dueChip(shown.due, new Date(), timeZone).text}
                  </span>
                )}
                {repeatWords(shown) && (
                  <span className="chip chip-repeat" data-testid="preview-repeat">
                    <span aria-hidden="true">↻</span> {repeatWords(shown)}
                  </span>
                )}
                {shown.deadline && (
                  <span className="chip chip-deadline" data-testid="preview-deadline">
                    ⚑ Deadline {DEADLINE.format(new Date(`${shown.deadline}T00:00:00Z`))}
                  </span>
                )}
                {shown.duration && (
                  <span className="chip" data-testid="preview-duration">
                    ⏱ {shown.duration.amount} {shown.duration.unit === 'day' ? 'd' : 'min'}
                  </span>
                )}
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
              Type a task; dates, times, “every …”, {'{deadline}'}, “for 45 min”, p1–p4, #project, /section, @label and
              +email are recognised.
            </p>
          )}
        </div>
        {missing && (
          <div className="quick-choice" role="group" aria-label={`No project ${missing}`}>
            <p>
              You have no project “{missing}”.{' '}
              {asked === text ? 'Create it, or add the task with the name in its title?' : ''}
            </p>
            <div className="form-actions">
              <button
                type="button"
                ref={createButton}
                className="primary"
                disabled={busy}
                onClick={() => void add(text, missing)}
              >
                Create project {missing}
              </button>
              <button type="button" disabled={busy} onClick={() => void add(text, null)}>
                Add with #{missing} in the title
              </button>
            </div>
          </div>
        )}
        {text.trim() && previewError && !failed && (
          <p className="form-error" role="alert">
            {previewError}
          </p>
        )}
        {failed && (
          <div className="form-error quick-failed" role="alert">
            <span>
              Could not add “{failed.line}”: {failed.message}
            </span>
            <button
              type="button"
              className="link"
              onClick={() => {
                setText(failed.line);
                setFailed(null);
                input.current?.focus();
              }}
            >
              Edit that line
            </button>
          </div>
        )}
        <p id="quick-help" className="hint">
          Enter adds the task, Escape closes.
        </p>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            Add task
          </button>
        </div>
      </form>
    </Dialog>
  );
}
