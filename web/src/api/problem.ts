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

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problemMessage(status, problem));
  }
}

const FIELD_NAMES: Record<string, string> = {
  email: 'Email',
  password: 'Password',
  name: 'Name',
  title: 'Title',
  newPassword: 'New password',
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

export function problemMessage(status: number, problem: Problem | undefined): string {
  const p = problem ?? {};
  if (p.errors && p.errors.length > 0) {
    return p.errors
      .map((e) => (e.field ? `${FIELD_NAMES[e.field] ?? humanise(e.field)} ${e.message ?? 'is not valid'}` : e.message))
      .filter(Boolean)
      .join('. ') + '.';
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
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[._]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
