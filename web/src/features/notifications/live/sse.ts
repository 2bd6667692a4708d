// Server-Sent Events read from a fetch body. The live stream needs the session's bearer token, which EventSource
// cannot send, so the app reads the stream with fetch and parses it here, as the HTML standard's event stream
// interpretation says (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
// lines end in CRLF, LF or CR; a blank line dispatches the event; `data` lines join with LF; `id` is kept until
// another one comes; `retry` sets the reconnection time; a line starting with a colon is a comment (a heartbeat).
// Text may arrive cut anywhere: inside a field, between CR and LF, inside a UTF-8 character.

/** One dispatched event: its type (`message` when none was named), its data, and the last event id so far. */
export type SseEvent = { type: string; data: string; lastEventId: string };

export type SseHandlers = {
  onEvent: (event: SseEvent) => void;
  /** A comment line's text (after the colon), e.g. the server's heartbeat. */
  onComment?: (text: string) => void;
  /** A valid `retry` field: the reconnection time in milliseconds. */
  onRetry?: (ms: number) => void;
};

export class SseParser {
  /** The part of a line not yet ended. */
  private pending = '';
  /** The last chunk ended in CR: a LF at the start of the next belongs to that line end. */
  private skipLineFeed = false;
  private started = false;
  private data = '';
  private hasData = false;
  private eventType = '';
  private idBuffer = '';
  private lastId = '';

  constructor(
    private readonly handlers: SseHandlers,
    /** The id to start from (a resumed stream keeps it until the server sends another). */
    initialLastEventId = '',
  ) {
    this.idBuffer = initialLastEventId;
    this.lastId = initialLastEventId;
  }

  /** The last event id the stream set (committed when an event was dispatched), '' if none. */
  get lastEventId(): string {
    return this.lastId;
  }

  /** Feeds decoded text, in whatever pieces it arrived. */
  feed(chunk: string): void {
    let text = chunk;
    if (text === '') return;
    if (this.skipLineFeed) {
      this.skipLineFeed = false;
      if (text[0] === '\n') text = text.slice(1);
    }
    if (!this.started && text !== '') {
      this.started = true;
      if (text[0] === '\uFEFF') text = text.slice(1);
    }
    let from = 0;
    while (from < text.length) {
      const cr = text.indexOf('\r', from);
      const lf = text.indexOf('\n', from);
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      if (end === -1) {
        this.pending += text.slice(from);
        return;
      }
      const line = this.pending + text.slice(from, end);
      this.pending = '';
      let next = end + 1;
      if (text[end] === '\r') {
        if (next === text.length) this.skipLineFeed = true;
        else if (text[next] === '\n') next++;
      }
      from = next;
      this.line(line);
    }
  }

  /** The stream ended: an event without its blank line is never dispatched. */
  end(): void {
    this.pending = '';
    this.data = '';
    this.hasData = false;
    this.eventType = '';
    this.skipLineFeed = false;
  }

  private line(line: string): void {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line[0] === ':') {
      this.handlers.onComment?.(line.slice(1));
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value[0] === ' ') value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data += value + '\n';
        this.hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.idBuffer = value;
        break;
      case 'retry':
        if (/^[0-9]+$/.test(value)) this.handlers.onRetry?.(Number(value));
        break;
      default:
      // any other field is ignored
    }
  }

  private dispatch(): void {
    this.lastId = this.idBuffer;
    if (!this.hasData) {
      this.eventType = '';
      return;
    }
    const event = { type: this.eventType || 'message', data: this.data.slice(0, -1), lastEventId: this.lastId };
    this.data = '';
    this.hasData = false;
    this.eventType = '';
    this.handlers.onEvent(event);
  }
}

/**
 * Reads an event stream's body to its end, decoding UTF-8 across chunk boundaries. Resolves when the stream ends
 * (or `signal` aborts: the body is cancelled); rejects with the read's error (a dropped connection).
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  parser: SseParser,
  signal?: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const cancel = () => void reader.cancel().catch(() => undefined);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    parser.feed(decoder.decode());
  } finally {
    signal?.removeEventListener('abort', cancel);
    parser.end();
    reader.releaseLock();
  }
}
