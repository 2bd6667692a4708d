// A thread of comments, oldest first: a task's (in its detail) or a project's discussion. Members of any role
// read it; owners, admins and members write (a viewer sees no composer).
import { useMemo, useState } from 'react';
import type { Attachment, Comment } from '../../../api/types';
import { ListState } from '../../../shared/ListState';
import { useMe } from '../../auth';
import { useMembers } from '../../people';
import { useProjects } from '../../projects';
import { useDeleteAttachment, useUploads } from '../api/attachments';
import {
  useCreateComment,
  useDeleteComment,
  useReact,
  useThread,
  useUpdateComment,
  type Thread,
} from '../api/comments';
import { Uploads } from './Attachments';
import { CommentItem, type CommentActions } from './CommentItem';
import { Composer } from './Composer';
import './comments.css';

const newKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function CommentThread({
  thread,
  projectId,
  emptyText = 'No comments yet.',
  onCountChange,
}: {
  thread: Thread;
  projectId: string;
  emptyText?: string;
  /** Told +1 for a comment added and -1 for one deleted (a task list's comment count follows at once). */
  onCountChange?: (delta: number) => void;
}) {
  const me = useMe().data;
  const role = useProjects().data?.find((p) => p.id === projectId)?.role;
  const memberList = useMembers(projectId).data;
  const members = useMemo(() => memberList ?? [], [memberList]);
  const people = useMemo(() => new Map(members.map((m) => [m.userId, m.name || m.email])), [members]);
  const list = useThread(thread);
  const create = useCreateComment(thread);
  const update = useUpdateComment(thread);
  const remove = useDeleteComment(thread);
  const react = useReact(thread, me?.id);
  const removeFile = useDeleteAttachment(thread);
  const uploads = useUploads(thread);
  // Said here, beside the thread: in the task detail the toasts would sit behind the modal.
  const [problem, setProblem] = useState<string | null>(null);
  const fail = (e: unknown) => setProblem(e instanceof Error ? e.message : String(e));
  const comments = (list.data?.pages ?? []).flatMap((p) => p.items);
  const can = {
    meId: me?.id,
    canWrite: role === 'owner' || role === 'admin' || role === 'member',
    moderates: role === 'owner' || role === 'admin',
  };

  const actions: CommentActions = {
    edit: (comment: Comment, text: string) =>
      update.mutateAsync({ comment, text }).then(
        () => {
          setProblem(null);
          return true;
        },
        (e: Error) => {
          fail(e);
          return false;
        },
      ),
    remove: (comment: Comment) =>
      remove.mutate(comment, {
        onSuccess: () => onCountChange?.(-1),
        onError: fail,
      }),
    react: (comment, emoji, add) => react.mutate({ comment, emoji, add }, { onError: fail }),
    removeAttachment: (attachment: Attachment) => removeFile.mutate(attachment, { onError: fail }),
    fail,
  };

  const send = async (text: string, files: File[]) => {
    try {
      const saved = await create.mutateAsync({ text, key: newKey() });
      onCountChange?.(1);
      setProblem(null);
      if (files.length > 0) void uploads.start(saved.id, files);
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  return (
    <div className="thread">
      <ListState
        loading={list.isPending}
        error={list.error}
        empty={comments.length === 0}
        emptyText={<p className="muted">{emptyText}</p>}
      >
        <div className="comments">
          {comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              members={members}
              people={people}
              timeZone={me?.timezone ?? 'UTC'}
              can={can}
              actions={actions}
              saving={update.isPending && update.variables?.comment.id === c.id}
            />
          ))}
        </div>
        {list.hasNextPage && (
          <button type="button" className="load-more" onClick={() => list.fetchNextPage()}>
            Load more comments
          </button>
        )}
      </ListState>
      <Uploads uploads={uploads.uploads} onDismiss={uploads.dismiss} />
      {problem && (
        <p className="form-error thread-problem">
          <span role="alert">{problem}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setProblem(null)}>
            ×
          </button>
        </p>
      )}
      {can.canWrite ? (
        <Composer
          label="Comment"
          members={members}
          meId={me?.id}
          submitLabel="Comment"
          busy={create.isPending}
          allowFiles
          onSubmit={send}
        />
      ) : (
        role === 'viewer' && <p className="muted small">As a viewer you can read the comments but not write.</p>
      )}
    </div>
  );
}
