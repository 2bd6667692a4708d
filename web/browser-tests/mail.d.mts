// The types of mail.mjs, for the journeys written in TypeScript.
export function mailApiUrl(base: string): string;
export function messages(api: string, email: string): Promise<{ uid: string; text: string }[]>;
export function waitForLink(
  api: string,
  email: string,
  path: string,
  used?: Set<string>,
  timeout?: number,
): Promise<string>;
export function linksIn(text: string): string[];
export function textOf(raw: string): string[];
