import { formatPath, type SchemaProblem } from '../schema/format-issues.js';

/** Bounds on untrusted input, checked before anything recursive (JSON.stringify, zod) touches it. */
export interface ShapeLimits {
  /** Deepest nesting of objects and arrays accepted. */
  maxDepth: number;
  /** Length of the input as JSON text. */
  maxTextLength: number;
}

interface Visit {
  value: unknown;
  key: PropertyKey | undefined;
  depth: number;
  parent: Visit | undefined;
}

function pathOf(visit: Visit): string {
  const keys: PropertyKey[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) keys.unshift(v.key);
  return formatPath(keys);
}

function isAncestor(value: object, visit: Visit): boolean {
  for (let v: Visit | undefined = visit.parent; v; v = v.parent) if (v.value === value) return true;
  return false;
}

/**
 * Refuses cycles, deep nesting, oversized text and `__proto__` keys without recursion, so that a hostile file
 * (10,000 nested arrays, a self-referencing object) gets a clear reason instead of a stack overflow or a frozen page.
 */
export function shapeProblem(input: unknown, limits: ShapeLimits): SchemaProblem | undefined {
  const pending: Visit[] = [{ value: input, key: undefined, depth: 0, parent: undefined }];
  // A shared (not cyclic) sub-object is visited once per reference; the text limit bounds the total anyway.
  let budget = limits.maxTextLength;
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { value, depth } = visit;
    // Every value costs at least one character of JSON, so the walk visits at most maxTextLength values.
    budget -= typeof value === 'string' ? value.length : 1;
    if (budget < 0) break;
    if (typeof value !== 'object' || value === null) continue;
    if (isAncestor(value, visit)) return { path: pathOf(visit), message: 'is not plain JSON data: it contains itself (a cycle)' };
    if (depth >= limits.maxDepth) return { path: pathOf(visit), message: `is nested more than ${limits.maxDepth} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      budget -= key.length;
      const next: Visit = { value: child, key: Array.isArray(value) ? Number(key) : key, depth: depth + 1, parent: visit };
      // JSON.parse makes "__proto__" an own key; the schema's records would drop it silently, and copying it
      // would set a prototype. No definition or wording has such a key (the published JSON Schema refuses it).
      if (key === '__proto__') return { path: pathOf(next), message: 'is a key named "__proto__", which is not allowed' };
      pending.push(next);
    }
    if (budget < 0) break;
  }
  let text: string;
  try {
    text = budget < 0 ? '' : (JSON.stringify(input) ?? '');
  } catch {
    return { path: '(root)', message: 'is not plain JSON data (it holds a value JSON cannot represent)' };
  }
  return budget < 0 || text.length > limits.maxTextLength
    ? { path: '(root)', message: `is longer than ${limits.maxTextLength} characters of JSON; at most ${limits.maxTextLength} are accepted` }
    : undefined;
}
