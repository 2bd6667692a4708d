// One comment: who wrote it and when ("edited" opens its earlier versions), its Markdown, files and reactions;
// its author may edit it, and the author or the project's owner or an admin may delete it.
import { useId, useState } from 'react';
import type { Attachment, Comment, Member } from '../../../api/types';
import { ListState } from '../../../shared/ListState';
import { useRevisions } from '../api/comments';
import { Attachments } from './Attachments';
import { Composer } from './Composer';
import { Markdown } from './Markdown';
import { Reactions } from './Reactions';

export type CommentPermissions = {
  meId: string | undefined;
  /** owner, admin or member: may write, react and attach */
  canWrite: boolean;
  /** owner or admin: may delete anyone's comment or file */
  moderates: boolean;
};

export type CommentActions = {
  edit: (comment: Comment, text: string) => Promise<boolean>;
  remove: (comment: Comment) => void;
  react: (comment: Comment, emoji: string, add: boolean) => void;
  removeAttachment: (attachment: Attachment) => void;
  /** Says what went wrong beside the thread. */
  fail: (error: unknown) => void;
};

export function CommentItem({
  comment,
  members,
  people,
  timeZone,
  can,
  actions,
  saving,
}: {
  comment: Comment;
  members: Member[];
  people: Map<string, string>;
  timeZone: string;
  can: CommentPermissions;
  actions: CommentActions;
  saving: boolean;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [history, setHistory] = useState(false);
  const mine = comment.author.id === can.meId;
  const author = comment.author.name || 'Someone';
  const when = (instant: string) =>
    new Date(instant).toLocaleString(undefined, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article className="comment" aria-labelledby={`${id}-author`} data-comment-id={comment.id}>
      <header className="comment-header">
        <strong id={`${id}-author`}>{author}</strong>
        <time className="muted small" dateTime={comment.createdAt}>
          {when(comment.createdAt)}
        </time>
        {comment.editedAt && (
          <button
            type="button"
            className="link small"
            aria-expanded={history}
            aria-controls={`${id}-history`}
            title={`Edited ${when(comment.editedAt)}`}
            onClick={() => setHistory(!history)}
          >
            edited
          </button>
        )}
      </header>
      {editing ? (
        <Composer
          label="Edit comment"
          initial={comment.text}
          members={members}
          meId={can.meId}
          submitLabel="Save"
          busy={saving}
          allowFiles={false}
          onCancel={() => setEditing(false)}
          onSubmit={async (text) => {
            const saved = await actions.edit(comment, text);
            if (saved) setEditing(false);
            return saved;
          }}
        />
      ) : (
        <Markdown text={comment.text} mentions={comment.mentions} />
      )}
      {history && <Revisions id={`${id}-history`} comment={comment} when={when} />}
      <Attachments
        attachments={comment.attachments}
        canRemove={(a) => can.moderates || (can.canWrite && a.uploadedBy === can.meId)}
        onRemove={actions.removeAttachment}
        onError={actions.fail}
      />
      <footer className="comment-footer">
        <Reactions
          comment={comment}
          people={people}
          meId={can.meId}
          canReact={can.canWrite}
          onToggle={(emoji, add) => actions.react(comment, emoji, add)}
        />
        <span className="spacer" />
        {mine && can.canWrite && !editing && (
          <button type="button" className="link small" onClick={() => setEditing(true)}>
            Edit<span className="sr-only"> comment by {author}</span>
          </button>
        )}
        {(mine || can.moderates) && !confirming && (
          <button type="button" className="link danger small" onClick={() => setConfirming(true)}>
            Delete<span className="sr-only"> comment by {author}</span>
          </button>
        )}
      </footer>
      {confirming && (
        <div className="confirm" role="group" aria-label="Delete this comment?">
          <span>Delete this comment{comment.attachments.length > 0 ? ' and its files' : ''}?</span>
          <button type="button" className="danger" autoFocus onClick={() => actions.remove(comment)}>
            Delete
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      )}
    </article>
  );
}

function Revisions({ id, comment, when }: { id: string; comment: Comment; when: (instant: string) => string }) {
  const revisions = useRevisions(comment.id, true);
  const items = revisions.data?.items ?? [];
  return (
    <section id={id} className="revisions" aria-label="Earlier versions">
      <h4 className="small">Earlier versions</h4>
      <ListState
        loading={revisions.isPending}
        error={revisions.error}
        empty={items.length === 0}
        emptyText={<p className="muted small">No earlier versions.</p>}
      >
        <ol>
          {items.map((r) => (
            <li key={r.revision}>
              <time className="muted small" dateTime={r.writtenAt}>
                {when(r.writtenAt)}
              </time>
              <Markdown text={r.text} mentions={comment.mentions} />
            </li>
          ))}
        </ol>
      </ListState>
    </section>
  );
}
