// The typed client is generated from a snapshot of the gateway's merged OpenAPI document: it must be the
// document the running system serves, or the app's types say something the API does not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { normaliseOpenApi } from '../scripts/openapi-normalise.mjs';
import { BASE } from './support';

test("the typed client matches the gateway's OpenAPI document", async () => {
  const snapshot = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../src/api/openapi.json'), 'utf8'));
  const deadline = Date.now() + 60_000;
  let live;
  for (;;) {
    const res = await fetch(`${BASE}/api/docs/openapi.json`);
    live = normaliseOpenApi(await res.json());
    if (!/Left out/.test(live.info?.description ?? '') || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000)); // the gateway re-reads a missing service's document after its cache period
  }
  expect(
    JSON.stringify(live) === JSON.stringify(normaliseOpenApi(snapshot)),
    'web/src/api/openapi.json differs from the running API: run `npm run api:generate` in web/ against ./ordo up, then fix the type errors',
  ).toBe(true);
});
