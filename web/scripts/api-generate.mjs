// Refreshes the API snapshot the web app is typed against: fetches the gateway's merged OpenAPI document
// (ORDO_URL, default http://localhost:8080), normalises it and writes src/api/openapi.json.
// The TypeScript types (src/api/schema.d.ts) are generated from that snapshot on every build, and the
// browser tests check the snapshot against the running gateway, so a changed API cannot go unnoticed.
import { writeFile } from 'node:fs/promises';
import { normaliseOpenApi } from './openapi-normalise.mjs';

const base = process.env.ORDO_URL ?? 'http://localhost:8080';
// Just after start the gateway may not have reached every service yet: its document then names them as "Left out"
// (and re-reads them after its cache period). Such a document would drop whole services from the types.
const deadline = Date.now() + 60_000;
let doc;
for (;;) {
  const response = await fetch(`${base}/api/docs/openapi.json`);
  if (!response.ok) {
    console.error(`GET ${base}/api/docs/openapi.json answered ${response.status}; is ./ordo up running?`);
    process.exit(1);
  }
  doc = normaliseOpenApi(await response.json());
  if (!/Left out/.test(doc.info?.description ?? '')) break;
  if (Date.now() > deadline) {
    console.error(`the gateway's document still leaves services out: ${doc.info.description}`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 1000));
}
await writeFile(new URL('../src/api/openapi.json', import.meta.url), JSON.stringify(doc, null, 2) + '\n');
console.log(`wrote src/api/openapi.json (${Object.keys(doc.paths ?? {}).length} paths)`);
