// The header's search box and the palette it opens; Ctrl+K (⌘K) opens it from anywhere, even while typing, and /
// from anywhere one is not typing and no dialog is open.
import { useEffect, useState } from 'react';
import { modifierKey } from '../keys';
import { SearchIcon } from './icons';
import { SearchPalette } from './SearchPalette';
import './search.css';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function SearchLauncher({ onAddTask }: { onAddTask?: () => void }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      } else if (
        e.key === '/' &&
        !e.ctrlKey &&
        !e.metaKey &&
        !typing(e.target) &&
        !document.querySelector('dialog[open]')
      ) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="search-box"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={() => setOpen(true)}
      >
        <SearchIcon />
        <span className="search-box-text">Search</span>
        <span className="search-box-keys" aria-hidden="true">
          <kbd>/</kbd>
          <kbd>{modifierKey()} K</kbd>
        </span>
      </button>
      {open && <SearchPalette onClose={() => setOpen(false)} onAddTask={onAddTask} />}
    </>
  );
}
