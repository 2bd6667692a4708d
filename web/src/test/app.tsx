// Renders the whole app at a route, in jsdom, with the network replaced by a handler per request: the pages
// are tested through the same typed client, session and router as in the browser.
import { StrictMode, useEffect } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import { App } from '../app/App';
import { ToastProvider } from '../shared/toast';

export type Call = {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
  /** The query string's parameters. */
  query: URLSearchParams;
  headers: Headers;
};
export type Handler = (
  method: string,
  path: string,
  body: unknown,
  request: { query: URLSearchParams; headers: Headers; signal: AbortSignal },
) => Response | undefined;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

export const noContent = () => new Response(null, { status: 204 });

/** An access token whose payload the app can read (claims), as identity issues them (signature not checked here). */
export function accessToken(claims: Record<string, unknown>): string {
  const part = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256' })}.${part(claims)}.signature`;
}

export function signIn(claims: Record<string, unknown> = { sub: 'u1', email_verified: false }) {
  localStorage.setItem(
    'ordo.session',
    JSON.stringify({ accessToken: accessToken(claims), refreshToken: 'r1', expiresAt: Date.now() + 900_000 }),
  );
}

export const user = (over: Record<string, unknown> = {}) => ({
  id: 'u1',
  email: 'ada@example.com',
  name: 'Ada',
  timezone: 'UTC',
  locale: 'en',
  theme: 'light',
  defaultTaskSort: 'position',
  roles: ['user'],
  emailVerified: false,
  createdAt: '2026-01-01T00:00:00Z',
  notificationPreferences: {},
  ...over,
});

/**
 * An event stream answer that stays open: the test writes events to it (`send`) and may end it. What a test does
 * not answer itself, the live stream gets one that never sends anything.
 */
export function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (event: string, data: unknown, id?: number) =>
      controller.enqueue(
        new TextEncoder().encode(
          `${id === undefined ? '' : `id:${id}\n`}event:${event}\ndata:${JSON.stringify(data)}\n\n`,
        ),
      ),
    end: () => controller.close(),
  };
}

// What a signed-in frame asks for besides the page: empty lists, the profile, no notifications and a quiet stream.
function frame(method: string, path: string): Response | undefined {
  if (method !== 'GET') return undefined;
  if (path === '/api/v1/users/me') return json(200, user());
  if (/^\/api\/v1\/(projects|labels|filters|invitations|tasks|sections|audit\/events|notifications)$/.test(path))
    return json(200, { items: [], nextCursor: null });
  if (path === '/api/v1/notifications/unread-count') return json(200, { count: 0 });
  if (path === '/api/v1/notifications/stream') return eventStream().response;
  if (path === '/api/v1/reminders') return json(200, { items: [] });
  return undefined;
}

let location = '';
function Where() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    location = pathname + search;
  }, [pathname, search]);
  return null;
}
export const currentLocation = () => location;

/** The app at `path`; `handler` answers the requests it knows, the frame's reads have defaults, the rest is 404. */
export function renderApp(path: string, handler: Handler = () => undefined) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request =
        input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
      const url = new URL(request.url, window.location.origin);
      const text = await request.text();
      const body = text ? JSON.parse(text) : undefined;
      calls.push({
        method: request.method,
        path: url.pathname,
        body,
        authorization: request.headers.get('Authorization'),
        query: url.searchParams,
        headers: request.headers,
      });
      return (
        handler(request.method, url.pathname, body, {
          query: url.searchParams,
          headers: request.headers,
          signal: request.signal,
        }) ??
        frame(request.method, url.pathname) ??
        json(404, { title: 'Not Found', status: 404, detail: `no handler for ${request.method} ${url.pathname}` })
      );
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <ToastProvider>
          <MemoryRouter initialEntries={[path]}>
            <App />
            <Where />
          </MemoryRouter>
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { ...view, calls, client };
}
