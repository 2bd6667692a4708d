// The type of openapi-normalise.mjs, for the journeys written in TypeScript.
export function normaliseOpenApi(doc: unknown): { info?: { description?: string } } & Record<string, unknown>;
