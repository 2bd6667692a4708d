// The bell in the top bar: the unread count (read once, then kept live by the stream), and the panel it opens.
// It is also where the inbox listens to the live stream, so the count is live on every page.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { addLiveNotification, notificationKeys, useUnreadCount } from '../api/inbox';
import { sentenceText } from '../describe';
import { useLiveEvents } from '../live/useLiveEvents';
import { BellIcon } from './icons';
import { NotificationPanel } from './NotificationPanel';
import './notifications.css';

/** Keeps the inbox's caches current from the live stream; answers what to announce to screen readers. */
function useInboxLive(): string {
  const client = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  useLiveEvents((event) => {
    if (event.type === 'notification') {
      addLiveNotification(client, event.notification);
      if (!event.notification.read) setAnnouncement(`New notification: ${sentenceText(event.notification)}`);
    } else if (event.type === 'unread-count') {
      client.setQueryData(notificationKeys.unreadCount, event.count);
    } else if (event.type === 'open' && event.resumed) {
      // what came while the stream was away is sent again first; the lists are read again all the same
      void client.invalidateQueries({ queryKey: notificationKeys.lists });
    }
  });
  return announcement;
}

const countBadge = (count: number) => (count > 99 ? '99+' : String(count));

export function NotificationBell() {
  const count = useUnreadCount().data ?? 0;
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const announcement = useInboxLive();

  useEffect(() => {
    if (!open) return;
    // A press anywhere else closes the panel (it is not modal: the page stays usable).
    const onPress = (e: PointerEvent) => {
      if (e.target instanceof Node && !wrap.current?.contains(e.target)) setOpen(false);
    };
    // Escape closes it wherever the focus is (in it, or left on the page) and gives the focus back to the bell.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPress);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPress);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <div className="bell" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="icon-button bell-button"
        aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-controls={open ? 'notification-panel' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon />
        {count > 0 && (
          <span className="bell-count" aria-hidden="true">
            {countBadge(count)}
          </span>
        )}
      </button>
      {open && <NotificationPanel id="notification-panel" onClose={close} />}
      <span className="sr-only" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
