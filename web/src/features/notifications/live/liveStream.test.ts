import { describe, expect, it } from 'vitest';
import {
  BASE_DELAY_MS,
  LiveStream,
  MAX_DELAY_MS,
  RECONNECT_MS,
  REPLAY_WINDOW_MS,
  STABLE_MS,
  type LiveEvent,
} from './liveStream';

/** A server's answer that the test writes to (and ends) as it likes. */
class ServerStream {
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  cancelled = false;
  readonly body = new ReadableStream<Uint8Array>({
    start: (c) => {
      this.controller = c;
    },
    cancel: () => {
      this.cancelled = true;
    },
  });
  send(text: string) {
    this.controller.enqueue(new TextEncoder().encode(text));
  }
  end() {
    this.controller.close();
  }
  fail() {
    this.controller.error(new TypeError('network error'));
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** The stream with a fake clock, session and server: each connection's request and what it was answered. */
function harness({ signedIn = true } = {}) {
  const requests: Request[] = [];
  const answers: (() => Response | Promise<Response>)[] = [];
  const timers: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let nextId = 0;
  let session = signedIn;
  const sessionListeners = new Set<(s: boolean) => void>();
  const stream = new LiveStream({
    fetch: async (request) => {
      requests.push(request);
      const answer = answers.shift();
      if (!answer) return new Promise<Response>(() => undefined);
      return answer();
    },
    signedIn: () => session,
    onSessionChange: (l) => {
      sessionListeners.add(l);
      return () => sessionListeners.delete(l);
    },
    setTimeout: (fn, ms) => {
      const id = ++nextId;
      timers.push({ fn, at: now + ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    now: () => now,
    random: () => 0.5,
    url: 'http://localhost/api/v1/notifications/stream',
  });
  const events: LiveEvent[] = [];
  return {
    stream,
    requests,
    events,
    listen: () => stream.subscribe((e) => events.push(e)),
    /** The next connection is answered with an open stream the test writes to. */
    answerStream(status = 200) {
      const server = new ServerStream();
      answers.push(
        () => new Response(server.body, { status, headers: { 'Content-Type': 'text/event-stream;charset=UTF-8' } }),
      );
      return server;
    },
    answer(response: () => Response | Promise<Response>) {
      answers.push(response);
    },
    /** The delay of the one pending timer. */
    pendingDelay() {
      expect(timers).toHaveLength(1);
      return timers[0].at - now;
    },
    async advance(ms: number) {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
      await flush();
    },
    timers,
    setSession(value: boolean) {
      session = value;
      sessionListeners.forEach((l) => l(value));
    },
  };
}

describe('the live stream', () => {
  it('connects when someone listens, and hands over the events it reads', async () => {
    const h = harness();
    const server = h.answerStream();
    h.listen();
    await flush();
    expect(h.requests).toHaveLength(1);
    expect(h.requests[0].url).toMatch(/\/api\/v1\/notifications\/stream$/);
    expect(h.requests[0].headers.get('Accept')).toBe('text/event-stream');
    expect(h.requests[0].headers.get('Last-Event-ID')).toBeNull();
    server.send('id:1\nevent:notification\ndata:{"id":"n1","type":"task.assigned"}\n\n');
    server.send('event:unread-count\ndata:{"count":4}\n\n: heartbeat\n\n');
    server.send(
      'id:2\nevent:change\ndata:{"kind":"task","action":"updated","id":"t1","projectId":"p1","taskId":null}\n\n',
    );
    await flush();
    expect(h.events).toEqual([
      { type: 'open', resumed: false, awayMs: 0, gap: false },
      { type: 'notification', notification: { id: 'n1', type: 'task.assigned' } },
      { type: 'unread-count', count: 4 },
      { type: 'change', change: { kind: 'task', action: 'updated', id: 't1', projectId: 'p1', taskId: null } },
    ]);
    expect(h.stream.currentStatus()).toBe('open');
  });

  it('opens one stream however many listen, and stops when the last one leaves', async () => {
    const h = harness();
    const server = h.answerStream();
    const a = h.listen();
    const b = h.listen();
    await flush();
    expect(h.requests).toHaveLength(1);
    a();
    await h.advance(0);
    expect(server.cancelled).toBe(false);
    b();
    await h.advance(0);
    expect(server.cancelled).toBe(true);
    expect(h.stream.currentStatus()).toBe('idle');
  });

  it('keeps the connection when its only listener is replaced at once (a remount)', async () => {
    const h = harness();
    const server = h.answerStream();
    const first = h.listen();
    await flush();
    first();
    h.listen();
    await h.advance(0);
    expect(server.cancelled).toBe(false);
    expect(h.requests).toHaveLength(1);
  });

  it('reconnects after the stream ends, sending the last event id, and says it resumed', async () => {
    const h = harness();
    const first = h.answerStream();
    h.listen();
    await flush();
    first.send('id:7\nevent:notification\ndata:{"id":"n7"}\n\nevent:unread-count\ndata:{"count":1}\n\n');
    await flush();
    const second = h.answerStream();
    await h.advance(STABLE_MS);
    first.end(); // the token ran out
    await flush();
    expect(h.stream.currentStatus()).toBe('waiting');
    expect(h.pendingDelay()).toBe(RECONNECT_MS);
    await h.advance(RECONNECT_MS);
    expect(h.requests).toHaveLength(2);
    expect(h.requests[1].headers.get('Last-Event-ID')).toBe('7');
    second.send('id:8\nevent:notification\ndata:{"id":"n8"}\n\n');
    await flush();
    expect(h.events.filter((e) => e.type === 'open')).toEqual([
      { type: 'open', resumed: false, awayMs: 0, gap: false },
      { type: 'open', resumed: true, awayMs: RECONNECT_MS, gap: false },
    ]);
    const third = h.answerStream();
    await h.advance(STABLE_MS);
    second.fail(); // the connection dropped
    await flush();
    await h.advance(h.pendingDelay());
    expect(h.requests[2].headers.get('Last-Event-ID')).toBe('8');
    expect(third.cancelled).toBe(false);
  });

  it('follows the server’s retry time', async () => {
    const h = harness();
    const first = h.answerStream();
    h.listen();
    await flush();
    first.send('retry: 3000\n\nevent:unread-count\ndata:{"count":0}\n\n');
    await h.advance(STABLE_MS);
    first.end();
    await flush();
    expect(h.pendingDelay()).toBe(3000);
  });

  it('backs off longer after each failure in a row, up to a limit, and from the start again once it works', async () => {
    const h = harness();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      h.answer(() => new Response('{"status":503}', { status: 503 }));
    }
    h.answer(() => Promise.reject(new TypeError('Failed to fetch')));
    h.listen();
    // the first connection is answered 503
    await flush();
    for (let i = 0; i < 8; i++) {
      delays.push(h.pendingDelay());
      await h.advance(h.pendingDelay());
    }
    // random 0.5: three quarters of the backoff
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30, 30].map((s) => Math.min(s * BASE_DELAY_MS, MAX_DELAY_MS) * 0.75));
    const server = h.answerStream();
    await h.advance(h.pendingDelay());
    server.send('event:unread-count\ndata:{"count":0}\n\n');
    await h.advance(STABLE_MS);
    h.answer(() => new Response(null, { status: 502 }));
    server.end();
    await flush();
    expect(h.pendingDelay()).toBe(RECONNECT_MS);
    await h.advance(RECONNECT_MS);
    expect(h.pendingDelay()).toBe(BASE_DELAY_MS * 0.75);
  });

  it('backs off from a stream closed soon after it opened (the server’s limit of streams, for another tab)', async () => {
    const h = harness();
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const server = h.answerStream();
      if (i === 0) h.listen();
      else await h.advance(h.pendingDelay());
      server.send('event:unread-count\ndata:{"count":0}\n\n');
      await h.advance(1000);
      server.end();
      await flush();
      delays.push(h.pendingDelay());
    }
    expect(delays).toEqual([1, 2, 4, 8].map((s) => s * BASE_DELAY_MS * 0.75));
  });

  it('counts a stream that closes before sending anything as a failure', async () => {
    const h = harness();
    const first = h.answerStream();
    h.listen();
    await flush();
    first.end();
    await flush();
    expect(h.pendingDelay()).toBe(BASE_DELAY_MS * 0.75);
  });

  it('waits at least a 429’s Retry-After', async () => {
    const h = harness();
    h.answer(() => new Response(null, { status: 429, headers: { 'Retry-After': '20' } }));
    h.listen();
    await flush();
    expect(h.pendingDelay()).toBe(20_000);
  });

  it('drops a Last-Event-ID the server refuses (400) and starts afresh', async () => {
    const h = harness();
    const first = h.answerStream();
    h.listen();
    await flush();
    first.send('id:99\nevent:unread-count\ndata:{"count":0}\n\n');
    await flush();
    h.answer(() => new Response('{}', { status: 400, headers: { 'Content-Type': 'application/problem+json' } }));
    first.end();
    await flush();
    await h.advance(h.pendingDelay());
    expect(h.requests[1].headers.get('Last-Event-ID')).toBe('99');
    h.answerStream();
    await h.advance(h.pendingDelay());
    expect(h.requests[2].headers.get('Last-Event-ID')).toBeNull();
  });

  it('says when events may have been missed: away longer than the server keeps them, or resumed without an id', async () => {
    const h = harness();
    const first = h.answerStream();
    h.listen();
    await flush();
    first.send('id:3\nevent:unread-count\ndata:{"count":0}\n\n');
    await flush();
    const opens = () => h.events.filter((e) => e.type === 'open');
    // the connection drops; the machine sleeps for an hour before the retry runs
    const second = h.answerStream();
    first.fail();
    await flush();
    await h.advance(REPLAY_WINDOW_MS + 60_000);
    expect(h.requests[1].headers.get('Last-Event-ID')).toBe('3');
    expect(opens()[1]).toMatchObject({ resumed: true, gap: true });
    // back soon after: nothing missed
    second.send('id:4\nevent:unread-count\ndata:{"count":0}\n\n');
    await flush();
    h.answer(() => new Response('{}', { status: 400 }));
    const fourth = h.answerStream();
    second.end();
    await flush();
    await h.advance(h.pendingDelay());
    // the server refused id 4 (400): the next connection starts afresh, and says it may have missed some
    expect(h.requests[2].headers.get('Last-Event-ID')).toBe('4');
    await h.advance(h.pendingDelay());
    expect(h.requests[3].headers.get('Last-Event-ID')).toBeNull();
    fourth.send('event:unread-count\ndata:{"count":0}\n\n');
    await flush();
    expect(opens()[2]).toMatchObject({ resumed: true, gap: true });
    const fifth = h.answerStream();
    fourth.end();
    await flush();
    await h.advance(h.pendingDelay());
    fifth.send('event:unread-count\ndata:{"count":0}\n\n');
    await flush();
    expect(opens()[3]).toMatchObject({ resumed: true, gap: true });
  });

  it('stops on sign out, forgetting where it was, and starts again on sign in', async () => {
    const h = harness();
    const first = h.answerStream();
    h.listen();
    await flush();
    first.send('id:5\nevent:unread-count\ndata:{"count":2}\n\n');
    await flush();
    h.setSession(false);
    await flush();
    expect(first.cancelled).toBe(true);
    expect(h.stream.currentStatus()).toBe('idle');
    expect(h.timers).toHaveLength(0);
    h.answerStream();
    h.setSession(true);
    await flush();
    expect(h.requests).toHaveLength(2);
    expect(h.requests[1].headers.get('Last-Event-ID')).toBeNull();
  });

  it('does not connect while signed out, and stops for good when the session has ended', async () => {
    const h = harness({ signedIn: false });
    h.listen();
    await flush();
    expect(h.requests).toHaveLength(0);
    h.answer(() => {
      const e = new Error('Your session has ended.');
      e.name = 'SessionExpiredError';
      return Promise.reject(e);
    });
    h.setSession(true);
    await flush();
    expect(h.requests).toHaveLength(1);
    expect(h.stream.currentStatus()).toBe('idle');
    expect(h.timers).toHaveLength(0);
  });

  it('ignores a connection answered after it was stopped', async () => {
    const h = harness();
    let answer!: (r: Response) => void;
    h.answer(() => new Promise<Response>((r) => (answer = r)));
    const leave = h.listen();
    await flush();
    leave();
    await h.advance(0);
    const late = new ServerStream();
    answer(new Response(late.body, { headers: { 'Content-Type': 'text/event-stream' } }));
    await flush();
    expect(late.cancelled).toBe(true);
    expect(h.events).toEqual([]);
  });

  it('connects at once when woken while waiting', async () => {
    const h = harness();
    h.answer(() => new Response(null, { status: 503 }));
    h.listen();
    await flush();
    expect(h.stream.currentStatus()).toBe('waiting');
    h.answerStream();
    h.stream.wake();
    await flush();
    expect(h.requests).toHaveLength(2);
    expect(h.timers).toHaveLength(0);
  });
});
