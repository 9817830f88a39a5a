import { JSON_FILE_MAX_BYTES, parseJsonFile, tooLargeMessage } from '../model/json-file.js';
import type { SchemaProblem } from '../schema/format-issues.js';

/** Bounds on a fetched JSON file: it is read only as far as `maxBytes`, and given up after `timeoutMs`. */
export const JSON_FILE_LIMITS = { timeoutMs: 10_000, maxBytes: JSON_FILE_MAX_BYTES } as const;

export interface LoadJsonOptions {
  /** The URL relative paths resolve against: the document's base URL. */
  base: string;
  /** The only origin files are loaded from: the page's own. */
  origin: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** Injected in tests; the global `fetch` otherwise. */
  fetch?: typeof fetch;
}

export type LoadJsonResult = { ok: true; value: unknown } | { ok: false; problem: SchemaProblem };

/** Reads a body up to `maxBytes`, stopping (and cancelling the download) as soon as it is exceeded. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? undefined : new Uint8Array();
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    length += next.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches a JSON file named by an attribute (`src`, `overrides-src`) from the page's own origin and reads it as
 * the command-line tools do (`parseJsonFile`). Never throws: a cross-origin URL, a network failure, a timeout, an
 * HTTP error, an oversized body or a file that is not UTF-8 JSON each come back as one problem at the attribute's name.
 */
export async function loadSameOriginJson(attribute: string, src: string, options: LoadJsonOptions): Promise<LoadJsonResult> {
  const fail = (message: string): LoadJsonResult => ({ ok: false, problem: { path: attribute, message } });
  const { timeoutMs = JSON_FILE_LIMITS.timeoutMs, maxBytes = JSON_FILE_LIMITS.maxBytes } = options;
  let url: URL;
  try {
    url = new URL(src, options.base);
  } catch {
    return fail(`is "${src}", which is not a URL`);
  }
  // A questionnaire from another origin could change what citizens are asked; only the portal's own files count.
  if (url.origin !== options.origin) {
    return fail(`is "${url.href}", on another origin than the page (${options.origin}); only files on the page's own origin are loaded`);
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url.href, {
      credentials: 'same-origin',
      // Also refuses a redirect to another origin.
      mode: 'same-origin',
      // The page's path and query may name a dossier or a citizen: the file's server is not told them.
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return error instanceof DOMException && error.name === 'TimeoutError'
      ? fail(`("${url.href}") did not answer within ${timeoutMs / 1000} s`)
      : fail(`("${url.href}") could not be fetched: a network error, or a redirect to another origin`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    return fail(`("${url.href}") answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCapped(response, maxBytes);
  } catch {
    return fail(`("${url.href}") stopped before its end (a network error or a timeout)`);
  }
  if (!bytes) return fail(`("${url.href}") ${tooLargeMessage(maxBytes)}`);
  const parsed = parseJsonFile(bytes, maxBytes);
  return parsed.ok ? parsed : fail(`("${url.href}") ${parsed.message}`);
}
