import { describe, expect, it } from 'vitest';
import { readEventStream, SseParser, type SseEvent } from './sse';

function parse(chunks: string[], initialId = '') {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const retries: number[] = [];
  const parser = new SseParser(
    { onEvent: (e) => events.push(e), onComment: (c) => comments.push(c), onRetry: (ms) => retries.push(ms) },
    initialId,
  );
  chunks.forEach((c) => parser.feed(c));
  parser.end();
  return { events, comments, retries, lastEventId: parser.lastEventId };
}

/** The live stream as the notifications service writes it (Spring's SseEmitter: `field:value`, LF). */
const STREAM =
  'id:7\nevent:notification\ndata:{"id":"n1","text":"Bob assigned you “Buy milk”"}\n\n' +
  ': heartbeat\n\n' +
  'event:unread-count\ndata:{"count":3}\n\n' +
  'id:8\nevent:change\ndata:{"kind":"task","action":"updated","id":"t1","projectId":"p1","taskId":null}\n\n';

describe('the event stream parser', () => {
  it('reads the live stream: types, data, ids kept across events without one, heartbeats', () => {
    const { events, comments, lastEventId } = parse([STREAM]);
    expect(events.map((e) => [e.type, e.lastEventId])).toEqual([
      ['notification', '7'],
      ['unread-count', '7'],
      ['change', '8'],
    ]);
    expect(JSON.parse(events[0].data).text).toBe('Bob assigned you “Buy milk”');
    expect(JSON.parse(events[1].data)).toEqual({ count: 3 });
    expect(comments).toEqual([' heartbeat']);
    expect(lastEventId).toBe('8');
  });

  it('gives the same events however the text is cut, at every position', () => {
    const whole = parse([STREAM]).events;
    for (let i = 0; i <= STREAM.length; i++) {
      expect(parse([STREAM.slice(0, i), STREAM.slice(i)]).events, `cut at ${i}`).toEqual(whole);
    }
    expect(parse(STREAM.split('')).events).toEqual(whole);
  });

  it('joins data lines with LF, and takes one space after the colon only', () => {
    const { events } = parse(['data: first\ndata:  second\ndata\ndata:last\n\n']);
    expect(events).toEqual([{ type: 'message', data: 'first\n second\n\nlast', lastEventId: '' }]);
  });

  it('ends lines at CRLF, LF or CR, also when a CRLF is cut between its two characters', () => {
    const text = 'event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\rdata: 3\n\n';
    const expected = [
      { type: 'a', data: '1', lastEventId: '' },
      { type: 'b', data: '2', lastEventId: '' },
      { type: 'message', data: '3', lastEventId: '' },
    ];
    expect(parse([text]).events).toEqual(expected);
    for (let i = 0; i <= text.length; i++) {
      expect(parse([text.slice(0, i), text.slice(i)]).events, `cut at ${i}`).toEqual(expected);
    }
  });

  it('dispatches nothing for a blank line without data, but commits its id', () => {
    const { events, lastEventId } = parse(['id: 41\n\nevent: x\n\n']);
    expect(events).toEqual([]);
    expect(lastEventId).toBe('41');
  });

  it('ignores an id holding NULL, keeps an empty id (a reset), and starts from the given one', () => {
    expect(parse(['id: 5\0\ndata: x\n\n'], '4').events[0].lastEventId).toBe('4');
    expect(parse(['id\ndata: x\n\n'], '4').events[0].lastEventId).toBe('');
    expect(parse(['data: x\n\n'], '4').lastEventId).toBe('4');
  });

  it('takes retry only when it is all digits', () => {
    expect(parse(['retry: 2500\n', 'retry: 10s\n', 'retry:\n', 'retry: -1\n', 'retry:300\n\n']).retries).toEqual([
      2500, 300,
    ]);
  });

  it('ignores unknown fields and a field without a colon, and strips a leading BOM', () => {
    const { events } = parse(['\uFEFFfoo: bar\nevent\nnonsense\ndata: ok\n\n']);
    expect(events).toEqual([{ type: 'message', data: 'ok', lastEventId: '' }]);
  });

  it('never dispatches an event whose blank line did not arrive before the end', () => {
    const { events } = parse(['data: complete\n\n', 'event: notification\ndata: cut off\n']);
    expect(events.map((e) => e.data)).toEqual(['complete']);
  });

  it('treats a colon in the value as part of it', () => {
    expect(parse(['data: {"a":"b:c"}\n\n']).events[0].data).toBe('{"a":"b:c"}');
  });
});

describe('reading a body', () => {
  const bodyOf = (chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((c) => controller.enqueue(c));
        controller.close();
      },
    });

  it('decodes UTF-8 cut inside a character', async () => {
    const bytes = new TextEncoder().encode('event: notification\ndata: “Grüße” ✓\n\n');
    const events: SseEvent[] = [];
    // cut one byte into the “ (three bytes) and inside the ü
    const cuts = [27, 28, 32];
    const chunks = [0, ...cuts].map((from, i) => bytes.slice(from, [...cuts, bytes.length][i]));
    await readEventStream(bodyOf(chunks), new SseParser({ onEvent: (e) => events.push(e) }));
    expect(events).toEqual([{ type: 'notification', data: '“Grüße” ✓', lastEventId: '' }]);
  });

  it('stops reading when aborted', async () => {
    const events: SseEvent[] = [];
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: one\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const abort = new AbortController();
    const reading = readEventStream(body, new SseParser({ onEvent: (e) => events.push(e) }), abort.signal);
    await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    await reading;
    expect(events.map((e) => e.data)).toEqual(['one']);
    expect(cancelled).toBe(true);
  });
});
