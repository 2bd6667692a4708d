// The live stream (GET /api/v1/notifications/stream), one per tab, shared by whoever listens: the bell, the
// panel, the lists that update when someone else changes a shared project. It connects while someone listens
// and the session is signed in, with the session's bearer token (renewed by the session before it runs out: the
// server ends a stream when its token expires). A stream that ends or fails is opened again after a delay —
// the server's `retry`, or a backoff growing with each failure, with jitter — sending Last-Event-ID, so the
// server first sends what was missed. Signing out stops it and forgets where it was.
import type { InboxNotification } from '../../../api/types';
import { readEventStream, SseParser } from './sse';

/** A task, project or comment that someone else changed in one of my projects. */
export type LiveChange = {
  kind: string;
  action: string;
  id: string;
  projectId: string;
  taskId: string | null;
};

export type LiveEvent =
  | { type: 'notification'; notification: InboxNotification }
  | { type: 'unread-count'; count: number }
  | { type: 'change'; change: LiveChange }
  /**
   * Connected: `resumed` after an earlier connection, with how long the stream was away; `gap` when events may
   * have been missed (resumed without a Last-Event-ID, or away for longer than the server keeps them).
   */
  | { type: 'open'; resumed: boolean; awayMs: number; gap: boolean };

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'waiting';

export interface LiveStreamDeps {
  /** fetch with the session's bearer token (a 401 gets one refresh and retry; a session that ended throws). */
  fetch: (request: Request) => Promise<Response>;
  signedIn: () => boolean;
  onSessionChange: (listener: (signedIn: boolean) => void) => () => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
  random: () => number;
  url?: string;
}

/** The first delay after a failure; it doubles with each failure in a row, up to MAX_DELAY_MS. */
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;
/** After a stream that worked ended (its token ran out, the server restarted), unless the server said `retry`. */
export const RECONNECT_MS = 500;
/** A stream open this long worked: when it ends, it is opened again at once (else after a backoff). */
export const STABLE_MS = 10_000;
/** How long the server keeps a stream's events for a Last-Event-ID (an hour), with a margin. */
export const REPLAY_WINDOW_MS = 55 * 60_000;

const STREAM_URL = '/api/v1/notifications/stream';

export class LiveStream {
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private status: LiveStatus = 'idle';
  private lastEventId = '';
  private retryMs: number | null = null;
  private failures = 0;
  private generation = 0;
  private abort: AbortController | null = null;
  private timer: unknown = null;
  private stopTimer: unknown = null;
  private connectedBefore = false;
  private lostAt: number | null = null;
  private unwatchSession: (() => void) | null = null;

  constructor(private readonly deps: LiveStreamDeps) {}

  /** Listens to the stream's events; the stream runs while anyone listens. Answers the unsubscribe. */
  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    if (this.stopTimer !== null) {
      this.deps.clearTimeout(this.stopTimer);
      this.stopTimer = null;
    }
    if (!this.unwatchSession) {
      this.unwatchSession = this.deps.onSessionChange((signedIn) => (signedIn ? this.start() : this.stop()));
    }
    this.start();
    return () => {
      this.listeners.delete(listener);
      // Stopped a moment later, so a listener replaced at once (a remount) keeps the same connection.
      if (this.listeners.size === 0 && this.stopTimer === null) {
        this.stopTimer = this.deps.setTimeout(() => {
          this.stopTimer = null;
          if (this.listeners.size === 0) {
            this.unwatchSession?.();
            this.unwatchSession = null;
            this.stop();
          }
        }, 0);
      }
    };
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  currentStatus(): LiveStatus {
    return this.status;
  }

  /** Connect now if it is waiting to (the browser came back online, the tab became visible). */
  wake(): void {
    if (this.status === 'waiting' && this.timer !== null) {
      this.deps.clearTimeout(this.timer);
      this.timer = null;
      this.connect();
    }
  }

  private start(): void {
    if (this.status !== 'idle' || this.listeners.size === 0 || !this.deps.signedIn()) return;
    this.connect();
  }

  /** Ends the connection and any wait, and forgets where the stream was (another session may follow). */
  private stop(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = null;
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
    this.setStatus('idle');
    this.lastEventId = '';
    this.retryMs = null;
    this.failures = 0;
    this.connectedBefore = false;
    this.lostAt = null;
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.statusListeners.forEach((l) => l(status));
  }

  private emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (e) {
        console.error('a live stream listener failed', e);
      }
    }
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.timer = null;
    this.setStatus('connecting');
    const abort = new AbortController();
    this.abort = abort;
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    const resumingFrom = this.lastEventId;
    if (resumingFrom) headers['Last-Event-ID'] = resumingFrom;
    let response: Response;
    try {
      response = await this.deps.fetch(
        new Request(this.deps.url ?? STREAM_URL, { headers, signal: abort.signal, cache: 'no-store' }),
      );
    } catch (e) {
      if (!current()) return;
      if (e instanceof Error && e.name === 'SessionExpiredError') {
        this.stop();
        return;
      }
      this.retry(false);
      return;
    }
    if (!current()) {
      void response.body?.cancel().catch(() => undefined);
      return;
    }
    const isStream = (response.headers.get('Content-Type') ?? '').startsWith('text/event-stream');
    if (!response.ok || !response.body || !isStream) {
      void response.body?.cancel().catch(() => undefined);
      // 400: the server no longer knows that id (or never did): start afresh rather than fail forever.
      if (response.status === 400) this.lastEventId = '';
      const retryAfter = Number(response.headers.get('Retry-After'));
      this.retry(false, response.status === 429 && retryAfter > 0 ? retryAfter * 1000 : undefined);
      return;
    }
    let received = false;
    const parser = new SseParser(
      {
        onEvent: (event) => {
          if (!current()) return;
          received = true;
          this.lastEventId = event.lastEventId;
          const live = toLiveEvent(event.type, event.data);
          if (live) this.emit(live);
        },
        onRetry: (ms) => {
          this.retryMs = ms;
        },
      },
      this.lastEventId,
    );
    this.setStatus('open');
    const openedAt = this.deps.now();
    const awayMs = this.lostAt === null ? 0 : this.deps.now() - this.lostAt;
    const resumed = this.connectedBefore;
    const gap = resumed && (!resumingFrom || awayMs > REPLAY_WINDOW_MS);
    this.emit({ type: 'open', resumed, awayMs, gap });
    this.connectedBefore = true;
    this.lostAt = null;
    try {
      await readEventStream(response.body, parser, abort.signal);
    } catch {
      // the connection dropped: opened again below
    }
    if (!current()) return;
    this.lostAt = this.deps.now();
    // A stream that sent nothing, or was closed soon after it opened, counts as a failure: e.g. the server's limit
    // of streams per user closing this one for another tab's, which must not make the tabs take turns forever.
    const worked = received && this.lostAt - openedAt >= STABLE_MS;
    if (worked) this.failures = 0;
    this.retry(worked);
  }

  /** Waits, then connects again: soon after a stream that worked, longer after each failure in a row. */
  private retry(worked: boolean, atLeastMs?: number): void {
    this.abort = null;
    if (this.lostAt === null) this.lostAt = this.deps.now();
    let delay: number;
    if (worked) {
      delay = this.retryMs ?? RECONNECT_MS;
    } else {
      const backoff = Math.min(MAX_DELAY_MS, Math.max(BASE_DELAY_MS, this.retryMs ?? 0) * 2 ** this.failures);
      this.failures++;
      // Full jitter in the upper half: tabs that lost the server together do not come back together.
      delay = backoff / 2 + (this.deps.random() * backoff) / 2;
    }
    if (atLeastMs !== undefined) delay = Math.max(delay, atLeastMs);
    this.setStatus('waiting');
    const generation = this.generation;
    this.timer = this.deps.setTimeout(() => {
      if (generation === this.generation && this.status === 'waiting') this.connect();
    }, delay);
  }
}

function toLiveEvent(type: string, data: string): LiveEvent | null {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const value = body as Record<string, unknown>;
  switch (type) {
    case 'notification':
      return typeof value.id === 'string' ? { type, notification: body as InboxNotification } : null;
    case 'unread-count':
      return typeof value.count === 'number' ? { type, count: value.count } : null;
    case 'change':
      return typeof value.kind === 'string' && typeof value.id === 'string'
        ? {
            type,
            change: {
              kind: value.kind,
              action: String(value.action ?? 'updated'),
              id: value.id,
              projectId: String(value.projectId ?? ''),
              taskId: typeof value.taskId === 'string' ? value.taskId : null,
            },
          }
        : null;
    default:
      return null;
  }
}
