// A comment's reactions: each emoji with its count (pressed when one is mine; who reacted in a tooltip, on
// hover or focus), and a small picker of common emojis. Pressing one adds my reaction or takes it back.
import { useId, useRef, useState } from 'react';
import type { Comment } from '../../../api/types';

/** The picker's emojis, each a single code point (no variation selector), with a name for screen readers. */
export const EMOJIS: [string, string][] = [
  ['👍', 'thumbs up'],
  ['👎', 'thumbs down'],
  ['😄', 'smile'],
  ['🎉', 'party'],
  ['😕', 'confused'],
  ['🚀', 'rocket'],
  ['👀', 'eyes'],
  ['🙏', 'thanks'],
];

export function Reactions({
  comment,
  people,
  meId,
  canReact,
  onToggle,
}: {
  comment: Comment;
  /** Names by user id (the project's members). */
  people: Map<string, string>;
  meId: string | undefined;
  canReact: boolean;
  onToggle: (emoji: string, add: boolean) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const who = (userIds: string[]) =>
    userIds.map((u) => (u === meId ? 'You' : (people.get(u) ?? 'a former member'))).join(', ');
  const close = () => {
    setOpen(false);
    toggleButton.current?.focus();
  };
  if (comment.reactions.length === 0 && !canReact) return null;
  return (
    <div className="reactions" role="group" aria-label="Reactions">
      {comment.reactions.map((r, i) => (
        <span key={r.emoji} className="reaction">
          <button
            type="button"
            aria-pressed={r.mine}
            disabled={!canReact}
            aria-label={`${r.emoji} ${r.count}`}
            aria-describedby={`${id}-who-${i}`}
            onClick={() => onToggle(r.emoji, !r.mine)}
          >
            <span aria-hidden="true">{r.emoji}</span> {r.count}
          </button>
          <span role="tooltip" id={`${id}-who-${i}`} className="reaction-who">
            {who(r.userIds)}
          </span>
        </span>
      ))}
      {canReact && (
        <span
          className="reaction-picker"
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && open) {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        >
          <button
            ref={toggleButton}
            type="button"
            className="icon-button"
            aria-label="Add reaction"
            aria-expanded={open}
            aria-controls={`${id}-picker`}
            onClick={() => setOpen(!open)}
          >
            ☺<span aria-hidden="true">+</span>
          </button>
          {open && (
            <span id={`${id}-picker`} className="emoji-picker" role="group" aria-label="Pick a reaction">
              {EMOJIS.map(([emoji, name], i) => {
                const mine = comment.reactions.some((r) => r.emoji === emoji && r.mine);
                return (
                  <button
                    key={emoji}
                    type="button"
                    className="icon-button"
                    aria-label={name}
                    aria-pressed={mine}
                    autoFocus={i === 0}
                    onClick={() => {
                      onToggle(emoji, !mine);
                      close();
                    }}
                  >
                    {emoji}
                  </button>
                );
              })}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
