// The notifications panel, opened from the bell: newest first (more on demand), all or unread only; a click opens
// what it is about (the task's detail over its project, the invitations, the project) and marks it read; each can
// be marked read or unread and archived; Mark all read. (Escape, or a press elsewhere, closes it: the bell's.)
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { InboxNotification } from '../../../api/types';
import { ListState } from '../../../shared/ListState';
import { useMe } from '../../auth';
import {
  useArchive,
  useInbox,
  useMarkAllRead,
  useMarkRead,
  useMarkUnread,
  useUnreadCount,
  type InboxFilter,
} from '../api/inbox';
import { fullTime, initials, relativeTime, sentenceOf, sentenceText, targetOf } from '../describe';
import { ArchiveIcon, CheckIcon, ClockIcon, ListIcon, SettingsIcon, UnreadIcon } from './icons';

/** The time now, renewed every `ms` (for "5 minutes ago" that stays true while the panel is open). */
function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return now;
}

export function NotificationPanel({ id, onClose }: { id: string; onClose: (refocus: boolean) => void }) {
  const [filter, setFilter] = useState<InboxFilter>('all');
  const inbox = useInbox(filter);
  const count = useUnreadCount().data ?? 0;
  const markAll = useMarkAllRead();
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const now = useNow(60_000);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = (inbox.data?.pages ?? []).flatMap((p) => p.items);

  return (
    <section id={id} className="notif-panel" role="dialog" aria-modal="false" aria-labelledby="notif-title">
      <header className="notif-header">
        <h2 id="notif-title" tabIndex={-1} ref={heading}>
          Notifications
        </h2>
        <Link
          to="/settings#notifications"
          className="icon-button"
          aria-label="Notification settings"
          title="Notification settings"
          onClick={() => onClose(false)}
        >
          <SettingsIcon />
        </Link>
      </header>
      <div className="notif-tools">
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            All
          </button>
          <button type="button" aria-pressed={filter === 'unread'} onClick={() => setFilter('unread')}>
            Unread
          </button>
        </div>
        {/* aria-disabled, not disabled: the focus stays on it once everything is read */}
        <button
          type="button"
          className="link"
          aria-disabled={count === 0 || markAll.isPending}
          onClick={() => count > 0 && !markAll.isPending && markAll.mutate()}
        >
          Mark all read
        </button>
      </div>
      <div className="notif-scroll">
        <ListState
          loading={inbox.isPending}
          error={inbox.error}
          empty={items.length === 0}
          emptyText={
            <>
              <p className="empty-title">{filter === 'unread' ? 'Nothing unread' : 'You are all caught up'}</p>
              <p className="muted small">
                {filter === 'unread'
                  ? 'Every notification has been read.'
                  : 'When someone assigns you a task, mentions you or invites you, it shows here.'}
              </p>
            </>
          }
        >
          <ul className="notif-list" aria-labelledby="notif-title">
            {items.map((n) => (
              <NotificationItem key={n.id} n={n} now={now} timeZone={timeZone} onOpen={() => onClose(true)} />
            ))}
          </ul>
          {inbox.hasNextPage && (
            <button
              type="button"
              className="load-more wide"
              disabled={inbox.isFetchingNextPage}
              onClick={() => inbox.fetchNextPage()}
            >
              {inbox.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          )}
        </ListState>
      </div>
    </section>
  );
}

function Avatar({ n }: { n: InboxNotification }) {
  return (
    <span className={`notif-avatar ${n.actor ? '' : 'notif-avatar-icon'}`} aria-hidden="true">
      {n.actor ? initials(n.actor.name) : n.type === 'digest' ? <ListIcon /> : <ClockIcon />}
    </span>
  );
}

function NotificationItem({
  n,
  now,
  timeZone,
  onOpen,
}: {
  n: InboxNotification;
  now: Date;
  timeZone: string;
  onOpen: () => void;
}) {
  const markRead = useMarkRead();
  const markUnread = useMarkUnread();
  const archive = useArchive();
  const sentence = sentenceOf(n);
  const text = sentenceText(n);
  return (
    <li className={`notif ${n.read ? '' : 'is-unread'}`}>
      <Link
        className="notif-main"
        to={targetOf(n)}
        onClick={() => {
          if (!n.read) markRead.mutate(n.id);
          onOpen();
        }}
      >
        <Avatar n={n} />
        <span className="notif-body">
          <span className="notif-text">
            {sentence ? (
              <>
                {sentence.actor && <strong>{sentence.actor}</strong>}
                {sentence.before}
                <span className="notif-subject">“{sentence.subject}”</span>
                {sentence.after}
              </>
            ) : (
              n.text
            )}
          </span>
          <time className="notif-time" dateTime={n.createdAt} title={fullTime(n.createdAt, timeZone)}>
            {relativeTime(n.createdAt, now, timeZone)}
          </time>
        </span>
        {!n.read && (
          <span className="unread-dot">
            <span className="sr-only">(unread)</span>
          </span>
        )}
      </Link>
      <div className="notif-actions">
        {n.read ? (
          <button
            type="button"
            className="icon-button"
            aria-label={`Mark as unread: ${text}`}
            title="Mark as unread"
            onClick={() => markUnread.mutate(n.id)}
          >
            <UnreadIcon />
          </button>
        ) : (
          <button
            type="button"
            className="icon-button"
            aria-label={`Mark as read: ${text}`}
            title="Mark as read"
            onClick={() => markRead.mutate(n.id)}
          >
            <CheckIcon />
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={`Archive: ${text}`}
          title="Archive"
          onClick={(e) => {
            // the item goes: focus moves to its neighbour (or the panel's title) rather than to nowhere
            const item = e.currentTarget.closest('li');
            const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('a');
            (neighbour ?? document.getElementById('notif-title'))?.focus();
            archive.mutate(n.id);
          }}
        >
          <ArchiveIcon />
        </button>
      </div>
    </li>
  );
}
