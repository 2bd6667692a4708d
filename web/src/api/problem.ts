// RFC 9457 problem details from the API, turned into sentences a person can act on.
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  position?: number;
  errors?: { field?: string; message?: string }[];
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const number = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** The problem in an error's body, keeping only the members that have the expected types. */
export function problemOf(body: unknown): Problem {
  if (typeof body !== 'object' || body === null) return {};
  const members: Record<string, unknown> = { ...body };
  const errors = Array.isArray(members.errors)
    ? members.errors.map((e: unknown) => {
        const error: Record<string, unknown> = typeof e === 'object' && e !== null ? { ...e } : {};
        return { field: text(error.field), message: text(error.message) };
      })
    : undefined;
  return {
    type: text(members.type),
    title: text(members.title),
    status: number(members.status),
    detail: text(members.detail),
    instance: text(members.instance),
    requestId: text(members.requestId),
    position: number(members.position),
    errors,
  };
}

/** Problem types a screen acts on by kind (the server's `type`, https://ordo.dev/problems/<name>). */
export const PROBLEM_TYPES = {
  emailNotVerified: 'https://ordo.dev/problems/email-not-verified',
  emailAlreadyVerified: 'https://ordo.dev/problems/email-already-verified',
  invalidToken: 'https://ordo.dev/problems/invalid-token',
  reminderNeedsDueTime: 'https://ordo.dev/problems/reminder-needs-due-time',
  reminderInThePast: 'https://ordo.dev/problems/reminder-in-the-past',
  pushNotConfigured: 'https://ordo.dev/problems/push-not-configured',
} as const;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** Seconds from a Retry-After header (429, 503), when the server sent one. */
    readonly retryAfter?: number,
  ) {
    super(problemMessage(status, problem, retryAfter));
  }

  is(type: string): boolean {
    return this.problem.type === type;
  }
}

/** Retry-After as seconds: either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** "in 45 seconds", "in 2 minutes", "in about 1 hour": how long to wait, rounded up to what a person reads. */
export function waitInWords(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s < 60) return `in ${plural(s, 'second')}`;
  if (s < 3600) return `in ${plural(Math.ceil(s / 60), 'minute')}`;
  return `in about ${plural(Math.round(s / 3600), 'hour')}`;
}

const FIELD_NAMES: Record<string, string> = {
  email: 'Email',
  password: 'Password',
  name: 'Name',
  title: 'Title',
  newPassword: 'New password',
  newEmail: 'New email',
  token: 'Link',
  currentPassword: 'Current password',
  query: 'Query',
};

const FALLBACK: Record<number, string> = {
  400: 'That was not accepted. Please check what you entered.',
  401: 'Please sign in again.',
  403: 'You do not have permission to do that here.',
  404: 'That no longer exists, or you do not have access to it.',
  409: 'That conflicts with the current state. Reload and try again.',
  412: 'Someone changed this meanwhile. The latest version has been loaded.',
  413: 'That is too large.',
  422: 'That request was already made with other content.',
  429: 'Too many requests. Wait a moment and try again.',
};

export function problemMessage(status: number, problem: Problem | undefined, retryAfter?: number): string {
  const p = problem ?? {};
  if (status === 429 && retryAfter !== undefined) return `Too many requests. Try again ${waitInWords(retryAfter)}.`;
  if (p.errors && p.errors.length > 0) {
    return (
      p.errors
        .map((e) =>
          e.field ? `${FIELD_NAMES[e.field] ?? humanise(e.field)} ${e.message ?? 'is not valid'}` : e.message,
        )
        .filter(Boolean)
        .join('. ') + '.'
    );
  }
  if (status === 412) return FALLBACK[412];
  if (p.detail && status < 500) return p.detail;
  if (status >= 500 || status === 0) {
    const ref = p.requestId ? ` (reference ${p.requestId.slice(0, 8)})` : '';
    return `Something went wrong on our side${ref}. Please try again.`;
  }
  return FALLBACK[status] ?? p.title ?? `The request failed (${status}).`;
}

function humanise(field: string): string {
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
