// Writing a comment: Write and Preview tabs (the preview is the thread's own rendering), `@` to mention a
// member of the project (a list to pick from, by arrows and Enter, or the mouse), files by drag and drop or the
// picker, Ctrl+Enter (⌘+Enter) to send. Used for a new comment and for editing one.
import { useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Member, Mention } from '../../../api/types';
import { fileSize } from '../api/attachments';
import { activeMention, insertMention, matchMembers, mentionedUser } from '../mentions';
import { Markdown } from './Markdown';

export const MAX_LENGTH = 15_000;

/** The mentions a preview shows: each token's member by id, with the name the project knows. */
function previewMentions(text: string, members: Member[]): Mention[] {
  const ids = [...text.matchAll(/\]\((user:[^)\s]+)\)/g)].map((m) => mentionedUser(m[1])).filter((id) => id !== null);
  return members.filter((m) => ids.includes(m.userId)).map((m) => ({ userId: m.userId, name: m.name || m.email }));
}

export function Composer({
  label,
  initial = '',
  members,
  meId,
  submitLabel,
  busy,
  allowFiles,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: string;
  members: Member[];
  meId: string | undefined;
  submitLabel: string;
  busy: boolean;
  allowFiles: boolean;
  /** Resolves true when the comment was saved (the composer then empties), false to keep what was written. */
  onSubmit: (text: string, files: File[]) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [caret, setCaret] = useState(initial.length);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);

  const mention = activeMention(text, caret);
  const options = mention && dismissedAt !== mention.start ? matchMembers(members, mention.query, meId) : [];
  const listOpen = tab === 'write' && options.length > 0;
  const chosen = Math.min(active, Math.max(0, options.length - 1));
  const trimmed = text.trim();
  const canSend = !busy && (trimmed.length > 0 || files.length > 0) && trimmed.length <= MAX_LENGTH;

  // After a mention is put in, the caret goes after it (the textarea has its new value by then).
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text]);

  const choose = (member: Member) => {
    if (!mention) return;
    const next = insertMention(text, mention, member);
    pendingCaret.current = next.caret;
    setText(next.text);
    setCaret(next.caret);
    setActive(0);
  };

  const submit = async () => {
    if (!canSend) return;
    const names = files.map((f) => f.name).join(', ');
    const saved = await onSubmit(trimmed || `📎 ${names}`, files);
    if (saved && !onCancel) {
      setText('');
      setFiles([]);
      setTab('write');
      setCaret(0);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (listOpen && mention) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((chosen + step + options.length) % options.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        choose(options[chosen]);
        return;
      }
      if (e.key === 'Escape') {
        // Closes the list, not the dialog around the thread.
        e.preventDefault();
        e.stopPropagation();
        setDismissedAt(mention.start);
        return;
      }
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  const addFiles = (list: FileList | null) => {
    // Copied now: the picker's list empties when its input is reset, before the state updater would read it.
    const added = Array.from(list ?? []);
    if (added.length > 0) setFiles((all) => [...all, ...added]);
  };
  const drop = allowFiles
    ? {
        onDragOver: (e: DragEvent) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        },
        onDragLeave: (e: DragEvent) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          setDragging(false);
          addFiles(e.dataTransfer.files);
        },
      }
    : {};

  const tabProps = (name: 'write' | 'preview') => ({
    type: 'button' as const,
    role: 'tab',
    id: `${id}-${name}-tab`,
    'aria-selected': tab === name,
    'aria-controls': `${id}-${name}`,
    tabIndex: tab === name ? 0 : -1,
    onClick: () => setTab(name),
    onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const next = tab === 'write' ? 'preview' : 'write';
      setTab(next);
      document.getElementById(`${id}-${next}-tab`)?.focus();
    },
  });

  return (
    <form
      className={`composer ${dragging ? 'is-dragging' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      {...drop}
    >
      <div className="composer-tabs" role="tablist" aria-label="Write or preview">
        <button {...tabProps('write')}>Write</button>
        <button {...tabProps('preview')}>Preview</button>
      </div>
      <div role="tabpanel" id={`${id}-write`} aria-labelledby={`${id}-write-tab`} hidden={tab !== 'write'}>
        <div className="composer-input">
          <textarea
            ref={area}
            aria-label={label}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={listOpen}
            aria-controls={`${id}-members`}
            aria-activedescendant={listOpen ? `${id}-member-${chosen}` : undefined}
            rows={3}
            value={text}
            placeholder="Write a comment… Markdown works; @ mentions a member"
            onChange={(e) => {
              setText(e.target.value);
              setCaret(e.target.selectionStart);
              setActive(0);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
          />
          <ul
            id={`${id}-members`}
            role="listbox"
            aria-label="Members to mention"
            className="mention-list"
            hidden={!listOpen}
          >
            {options.map((m, i) => (
              <li
                key={m.userId}
                id={`${id}-member-${i}`}
                role="option"
                aria-selected={i === chosen}
                onMouseDown={(e) => {
                  e.preventDefault(); // keeps the focus (and the caret) in the textarea
                  choose(m);
                }}
              >
                <span>{m.name || m.email}</span> <span className="muted small">{m.email}</span>
              </li>
            ))}
          </ul>
        </div>
        {trimmed.length > MAX_LENGTH && (
          <p className="form-error small" role="alert">
            A comment can have at most {MAX_LENGTH.toLocaleString()} characters ({trimmed.length.toLocaleString()} now).
          </p>
        )}
      </div>
      <div
        role="tabpanel"
        id={`${id}-preview`}
        aria-labelledby={`${id}-preview-tab`}
        hidden={tab !== 'preview'}
        className="composer-preview"
      >
        {tab === 'preview' &&
          (trimmed ? (
            <Markdown text={text} mentions={previewMentions(text, members)} />
          ) : (
            <p className="muted">Nothing to preview.</p>
          ))}
      </div>
      {files.length > 0 && (
        <ul className="staged-files" aria-label="Files to attach">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="chip">
              📎 {f.name} <span className="muted">({fileSize(f.size)})</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Do not attach ${f.name}`}
                onClick={() => setFiles((all) => all.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="composer-actions">
        {allowFiles && (
          <>
            <input
              ref={picker}
              type="file"
              multiple
              hidden
              aria-label="Files to attach"
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = '';
              }}
            />
            <button type="button" onClick={() => picker.current?.click()}>
              📎 Attach files
            </button>
            <span className="muted small hide-narrow">or drop them here</span>
          </>
        )}
        <span className="spacer" />
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={!canSend}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
