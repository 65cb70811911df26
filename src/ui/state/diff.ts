// Differences between JSON values, so a shared link carries only what differs from the defaults.
// Objects are compared key by key; arrays and other values are kept whole when they differ.
// A key present in the base but absent from the value is recorded as null (removed on merge).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets an own property, even "__proto__" (as JSON.parse does), never the object's prototype. */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** `o[k]` only if `o` has it as its own property (never an inherited one such as __proto__). */
const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;

/** Deep equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/** What `value` changes in `base`, or undefined when they are equal. */
export function diffJson(base: unknown, value: unknown): Json | undefined {
  if (jsonEqual(base, value)) return undefined;
  if (isObject(base) && isObject(value)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(value)) {
      if (value[k] === undefined) continue;
      const d = diffJson(own(base, k), value[k]);
      if (d !== undefined) put(out, k, d);
    }
    for (const k of Object.keys(base))
      if (base[k] !== undefined && own(value, k) === undefined) put(out, k, null);
    return out;
  }
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

/** `base` with `patch` applied (the inverse of diffJson); never mutates its arguments. */
export function mergeJson(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else put(out, k, mergeJson(own(base, k), v));
  }
  return out;
}
