// The command palette (Ctrl+K / ⌘K anywhere, / when not typing, or the header's search box): a modal with one
// input whose hits come as one types, grouped by kind, the matches marked; ↑/↓ move, Enter opens, Escape closes.
// Empty, it offers the places to go (and quick add). It is an ARIA combobox: the focus stays in the input and the
// active option is its aria-activedescendant. Focus is kept inside while it is open and returned after.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../auth';
import { SEARCH_TYPES, usePaletteSearch, type SearchHit } from '../api/search';
import { modifierKey } from '../keys';
import { hitTarget, resultsPath } from '../targets';
import { FilterIcon, SearchIcon } from './icons';
import { HitChips, HitIcon, HitSnippets, HitTitle, TYPE_NAMES } from './HitView';
import './search.css';

type Option = {
  id: string;
  group: string;
  /** What the option is, shown; its accessible name is its text. */
  render: () => ReactNode;
  /** Where Enter takes you, or what it does. */
  run: () => void;
};

type Command = { label: string; to?: string; keys: string; action?: 'add-task' };

const COMMANDS: Command[] = [
  { label: 'Add task', action: 'add-task', keys: 'q' },
  { label: 'Go to Inbox', to: '/inbox', keys: 'g i' },
  { label: 'Go to Today', to: '/today', keys: 'g t' },
  { label: 'Go to Upcoming', to: '/upcoming', keys: 'g u' },
  { label: 'Go to Calendar', to: '/calendar', keys: 'g c' },
  { label: 'Go to Settings', to: '/settings', keys: 'g s' },
];

export function SearchPalette({ onClose, onAddTask }: { onClose: () => void; onAddTask?: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const [text, setText] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  // Enter pressed before the hits for the words typed came: it opens the first of them once they come.
  const [enterPending, setEnterPending] = useState(false);
  const navigate = useNavigate();
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const search = usePaletteSearch(text);
  const words = text.trim();

  useEffect(() => {
    const d = dialog.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!d.open) d.showModal();
    input.current?.focus();
    return () => {
      d.close();
      opener?.focus?.();
    };
  }, []);

  const go = (to: string) => {
    onClose();
    navigate(to);
  };

  const commandOption = (c: Command, i: number): Option => ({
    id: `${baseId}-cmd-${i}`,
    group: 'Go to',
    render: () => (
      <>
        <span className="hit-icon" aria-hidden="true">
          {c.action ? '+' : '→'}
        </span>
        <span className="hit-main">
          <span className="hit-title">{c.label}</span>
        </span>
        <kbd className="palette-keys" aria-hidden="true">
          {c.keys}
        </kbd>
      </>
    ),
    run: () => {
      if (c.action === 'add-task') {
        onClose();
        onAddTask?.();
      } else if (c.to) go(c.to);
    },
  });

  const hitOption = (hit: SearchHit): Option => ({
    id: `${baseId}-${hit.type}-${hit.id}`,
    group: TYPE_NAMES[hit.type]?.many ?? 'Other',
    render: () => (
      <>
        <HitIcon type={hit.type} />
        <span className="hit-main">
          <HitTitle hit={hit} />
          <HitSnippets hit={hit} max={1} />
        </span>
        <HitChips hit={hit} timeZone={timeZone} />
      </>
    ),
    run: () => go(hitTarget(hit)),
  });

  const commands = COMMANDS.filter((c) => c.to || onAddTask);
  let options: Option[];
  if (!words) {
    options = commands.map(commandOption);
  } else {
    // Grouped by kind, in this order; the server's order (its ranking) within each.
    const order = (h: SearchHit) => {
      const i = SEARCH_TYPES.indexOf(h.type as (typeof SEARCH_TYPES)[number]);
      return i < 0 ? SEARCH_TYPES.length : i;
    };
    const hits = [...search.hits].sort((a, b) => order(a) - order(b));
    const lower = words.toLowerCase();
    options = [
      ...hits.map(hitOption),
      ...commands.map(commandOption).filter((_o, i) =>
        commands[i].label
          .toLowerCase()
          .replace(/^go to /, '')
          .startsWith(lower),
      ),
      {
        id: `${baseId}-all`,
        group: 'Search',
        render: () => (
          <>
            <span className="hit-icon" aria-hidden="true">
              <SearchIcon size={16} />
            </span>
            <span className="hit-main">
              <span className="hit-title">See all results for “{words}”</span>
            </span>
          </>
        ),
        run: () => go(resultsPath({ q: words })),
      },
      {
        id: `${baseId}-filter`,
        group: 'Search',
        render: () => (
          <>
            <span className="hit-icon" aria-hidden="true">
              <FilterIcon />
            </span>
            <span className="hit-main">
              <span className="hit-title">Filter tasks by “{words}”</span>
              <span className="hit-snippets muted">the filter language: today &amp; p1, #Work, @phone</span>
            </span>
          </>
        ),
        run: () => go(`/filters/search?q=${encodeURIComponent(words)}`),
      },
    ];
  }
  const found = options.findIndex((o) => o.id === activeId);
  const active = found >= 0 ? found : 0;
  const activeOption = options[active];

  // The active option stays in sight as the arrows move it.
  const activeDomId = activeOption?.id;
  useEffect(() => {
    if (activeDomId) document.getElementById(activeDomId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeDomId]);

  const current = !!words && search.answered === words;
  useEffect(() => {
    if (enterPending && current) activeOption?.run();
  }, [enterPending, current, activeOption]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActiveId(options[(active + step + options.length) % options.length].id);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (words && search.answered !== words) setEnterPending(true);
      else activeOption?.run();
    }
  };

  // Focus stays inside: Tab goes round the dialog's own controls.
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const focusable = [...dialog.current!.querySelectorAll<HTMLElement>('input, button, a[href]')].filter(
      (el) => !el.hasAttribute('disabled'),
    );
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const groups: { name: string; options: { option: Option; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = groups[groups.length - 1];
    if (last && last.name === option.group) last.options.push({ option, index });
    else groups.push({ name: option.group, options: [{ option, index }] });
  });
  const hitCount = search.hits.length;
  const status = !words
    ? ''
    : search.error
      ? ''
      : search.answered === null
        ? 'Searching…'
        : hitCount === 0
          ? `No results for “${words}”`
          : `${hitCount}${search.hasMore ? '+' : ''} ${hitCount === 1 ? 'result' : 'results'}`;
  const listboxId = `${baseId}-listbox`;

  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label="Search"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === dialog.current) onClose();
      }}
      onKeyDown={trapTab}
    >
      <div className="palette-bar">
        <SearchIcon size={20} />
        <input
          ref={input}
          role="combobox"
          aria-label="Search"
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption?.id}
          aria-describedby={`${baseId}-status`}
          placeholder="Search tasks, projects, comments, events…"
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActiveId(null);
            setEnterPending(false);
          }}
          onKeyDown={onKeyDown}
        />
        {search.searching && words && <span className="palette-spinner" aria-hidden="true" />}
        <button type="button" className="icon-button" aria-label="Close search" onClick={onClose}>
          ×
        </button>
      </div>
      <p id={`${baseId}-status`} className="sr-only" role="status">
        {status}
      </p>
      {words && search.error && (
        <p className="palette-message state-error" role="alert">
          {search.error.message}
        </p>
      )}
      {words && !search.error && search.answered !== null && hitCount === 0 && (
        <p className="palette-message muted">No results for “{words}”.</p>
      )}
      <div id={listboxId} role="listbox" aria-label="Results" className="palette-list">
        {groups.map((group, g) => (
          <div key={group.name} role="group" aria-labelledby={`${baseId}-g${g}`}>
            <div id={`${baseId}-g${g}`} className="palette-group" role="presentation">
              {group.name}
            </div>
            {group.options.map(({ option, index }) => (
              <div
                key={option.id}
                id={option.id}
                role="option"
                aria-selected={index === active}
                className={`palette-option ${index === active ? 'is-active' : ''}`}
                onMouseMove={() => option.id !== activeOption?.id && setActiveId(option.id)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => option.run()}
              >
                {option.render()}
              </div>
            ))}
          </div>
        ))}
      </div>
      <footer className="palette-footer muted small" aria-hidden="true">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> to move
        </span>
        <span>
          <kbd>Enter</kbd> to open
        </span>
        <span>
          <kbd>Esc</kbd> to close
        </span>
        <span className="palette-footer-end">
          <kbd>{modifierKey()} K</kbd> anywhere
        </span>
      </footer>
    </dialog>
  );
}
