// The typed API client: openapi-fetch over the generated schema (src/api/schema.d.ts, from the gateway's
// OpenAPI document), with the session's bearer token and silent refresh on every call. The features' query
// and mutation hooks are its only users: a screen never calls the server itself.
import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, parseRetryAfter, problemOf } from './problem';
import { browserSession, type Session } from './session';

export const session: Session = browserSession();

export const http = createClient<paths>({
  baseUrl: '',
  fetch: (request: Request) => session.authorisedFetch(request),
});

/** What openapi-fetch answers: the typed body of a success, or the error's body. */
type Answer<T> = { data?: T; error?: unknown; response: Response };

async function settle<T>(call: Promise<Answer<T>>): Promise<Answer<T>> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (e) {
    if (e instanceof Error && e.name === 'SessionExpiredError') throw e;
    throw new ApiError(0, { detail: 'The server could not be reached. Check your connection.' });
  }
  if (!answer.response.ok) {
    throw new ApiError(
      answer.response.status,
      problemOf(answer.error),
      parseRetryAfter(answer.response.headers.get('Retry-After')),
    );
  }
  return answer;
}

/** The body of a successful answer, or an ApiError carrying the problem. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, response } = await settle(call);
  if (data === undefined) throw new ApiError(response.status, { detail: 'The server sent an empty answer.' });
  return data;
}

/** For the calls answered without a body (204, 202): done, or an ApiError carrying the problem. */
export async function done(call: Promise<Answer<unknown>>): Promise<void> {
  await settle(call);
}

/** Every page of a keyset-paginated list (the lists the sidebar needs are small). */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  max = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < max; i++) {
    const p = await page(cursor);
    items.push(...p.items);
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  return items;
}

/** The If-Match header for a write of the given version (the services' ETags are versions). */
export const ifMatch = (version: number | undefined) =>
  version === undefined ? undefined : { 'If-Match': `"${version}"` };
