// The parts of the gateway's OpenAPI document that depend on where it runs (server URLs) are dropped, and
// object keys are sorted, so two documents of the same API compare equal wherever they were fetched.
export function normaliseOpenApi(doc) {
  const { servers: _servers, ...rest } = doc;
  return sortKeys(rest);
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
}
