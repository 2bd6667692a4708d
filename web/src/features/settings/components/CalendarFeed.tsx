// The calendar feed in Settings: its address (copy it into a calendar app), and a new address in its place.
import { useState } from 'react';
import { Dialog } from '../../../shared/Dialog';
import { useToast } from '../../../shared/toast';
import { useCalendarFeed, useResetCalendarFeed } from '../api/feed';

export function CalendarFeed() {
  const feed = useCalendarFeed();
  const reset = useResetCalendarFeed();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const url = feed.data?.url ?? '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      toast.info('Feed address copied.');
    } catch {
      // no clipboard (an insecure origin, or refused): select it for the user to copy
      document.querySelector<HTMLInputElement>('#calendar-feed-url')?.select();
      toast.info('Press Ctrl+C (⌘C) to copy the selected address.');
    }
  };
  return (
    <div className="form" aria-labelledby="feed-title">
      <h2 id="feed-title">Calendar feed</h2>
      <p className="muted">
        Your tasks with a date and your events, as a calendar other apps can show. In Google Calendar choose “Other
        calendars → From URL”, in Apple Calendar “File → New Calendar Subscription”, in Outlook “Add calendar →
        Subscribe from web”, and paste this address. Anyone with the address can read your calendar: keep it to
        yourself, and reset it if it got out.
      </p>
      {feed.error ? (
        <p className="form-error" role="alert">
          {feed.error.message}
        </p>
      ) : (
        <div className="feed-url" style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
          <label htmlFor="calendar-feed-url" className="sr-only">
            Feed address
          </label>
          <input
            id="calendar-feed-url"
            readOnly
            value={feed.isPending ? 'Loading…' : url}
            onFocus={(e) => e.target.select()}
            style={{ flex: 1, minWidth: 0, fontFamily: 'ui-monospace, monospace', fontSize: '0.85rem' }}
          />
          <button type="button" onClick={copy} disabled={!url}>
            Copy
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={!url}>
            Reset
          </button>
        </div>
      )}
      {confirming && (
        <Dialog title="Reset the feed address?" onClose={() => setConfirming(false)}>
          <p>
            Calendar apps subscribed to the old address stop getting updates. You will have to subscribe again with the
            new one.
          </p>
          <div className="form-actions">
            <button type="button" className="link" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="danger"
              disabled={reset.isPending}
              onClick={() =>
                reset.mutate(undefined, {
                  onSuccess: () => {
                    setConfirming(false);
                    toast.info('The feed has a new address.');
                  },
                  onError: (e) => toast.error(e.message),
                })
              }
            >
              Reset address
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
