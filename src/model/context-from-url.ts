import type { SchemaProblem } from '../schema/format-issues.js';
import { CONTEXT_ATTRIBUTES, parseContext, type ContextAttribute, type ContextResult } from './context.js';

/**
 * No agency, procedure, field or desk name has markup or control characters (line breaks aside); a crafted link
 * might, so a URL parameter with one is refused (an attribute is the page author's own text).
 */
const FORBIDDEN = /[<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The service context from the attributes and, for those not written on the element, the page URL's query
 * parameters named like them (`context-from-url`, e.g. a desk's QR code). Only those seven parameters are read;
 * each is checked as its attribute is (and for markup, above), and a problem names it as "URL parameter desk".
 * Loaded only by pages that use `context-from-url`.
 */
export function parseContextWithUrl(attributes: Partial<Record<ContextAttribute, string | null | undefined>>, query: URLSearchParams): ContextResult {
  const merged = { ...attributes };
  const fromUrl = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const attribute of Object.keys(CONTEXT_ATTRIBUTES) as ContextAttribute[]) {
    // An attribute written on the element wins over the URL.
    if (attributes[attribute] !== null && attributes[attribute] !== undefined) continue;
    const values = query.getAll(attribute);
    const path = `URL parameter ${attribute}`;
    if (values.length > 1) problems.push({ path, message: `is given ${values.length} times; give it once` });
    else if (values.length === 1 && FORBIDDEN.test(values[0]!)) problems.push({ path, message: 'contains < or > or a control character' });
    else if (values.length === 1) {
      merged[attribute] = values[0];
      fromUrl.add(attribute);
    }
  }
  const parsed = parseContext(merged);
  if (!parsed.ok) problems.push(...parsed.problems.map((problem) => (fromUrl.has(problem.path) ? { ...problem, path: `URL parameter ${problem.path}` } : problem)));
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
