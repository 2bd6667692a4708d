// The mail the journeys read, from the development mail server `./ordo up` starts (GreenMail standalone), through
// its REST API as `./ordo mail` does: the raw MIME of each message in a mailbox, decoded here, so a journey
// follows the link found in the message identity actually sent.
//
// The API's address: ORDO_MAIL_API_URL, or else the one beside the gateway of ORDO_URL (an instance's ports all
// move by the same offset: gateway 8080 + offset, mail API 8025 + offset).

export function mailApiUrl(base) {
  if (process.env.ORDO_MAIL_API_URL) return process.env.ORDO_MAIL_API_URL.replace(/\/$/, '');
  const gateway = new URL(base);
  const offset = Number(gateway.port || 80) - 8080;
  return `http://127.0.0.1:${8025 + offset}`;
}

/** The messages in a mailbox, oldest first, each as { uid, text } (the text of every text part, decoded). */
export async function messages(api, email) {
  const res = await fetch(`${api}/api/user/${encodeURIComponent(email)}/messages/INBOX`, {
    headers: { Accept: 'application/json' },
  });
  if (res.status === 400 || res.status === 404) return []; // GreenMail makes a mailbox on its first delivery
  if (!res.ok) throw new Error(`the mail server's API answered ${res.status} for ${email}: ${await res.text()}`);
  return (await res.json()).map((m) => ({ uid: m.uid, text: textOf(m.mimeMessage ?? '').join('\n') }));
}

/**
 * Waits for a message to `email` with a link whose path is `path` (e.g. /verify-email) that is not in `used`, and
 * answers that link (the newest such). Polls the mail server until then: delivery is asynchronous (outbox, SMTP).
 */
export async function waitForLink(api, email, path, used = new Set(), timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const links = (await messages(api, email))
      .flatMap((m) => linksIn(m.text))
      .filter((l) => new URL(l).pathname === path && !used.has(l));
    if (links.length) {
      const link = links[links.length - 1];
      used.add(link);
      return link;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${email} with a ${path} link within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function linksIn(text) {
  return [
    ...new Set(
      (text.match(/https?:\/\/[^\s"'<>]+/g) ?? []).map((l) => l.replace(/&amp;/g, '&').replace(/[.,;:)]+$/, '')),
    ),
  ];
}

/** The decoded text of each text/* part of a raw MIME message (multipart followed, QP and base64 decoded). */
export function textOf(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = parseHeaders(head);
  const type = headers['content-type'] ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) return [];
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => textOf(p.replace(/^\r?\n/, '')));
  }
  if (!/^text\//i.test(type)) return [];
  return [decode(body, headers['content-transfer-encoding'] ?? '7bit')];
}

function parseHeaders(head) {
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decode(body, encoding) {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const soft = body.replace(/=\r?\n/g, '');
      const bytes = [];
      for (let i = 0; i < soft.length; i++) {
        const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
        if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
          bytes.push(parseInt(hex, 16));
          i += 2;
        } else bytes.push(...Buffer.from(soft[i], 'utf8'));
      }
      return Buffer.from(bytes).toString('utf8');
    }
    default:
      return body;
  }
}
